import type { ChatMessage, TicketEntry } from '@destek/protocol';
import type {
  AttachmentRecord,
  ConversationRecord,
  FaqFeedbackRecord,
  HistoryRecord,
  IdempotencyClaim,
  IdempotencyKey,
  Owner,
  RatingRecord,
  TicketRecord,
} from '../records.ts';
import type { ConversionPlan, ConversionResult, MetricsRow, Storage } from '../Storage.ts';
import { claimIdempotency } from './claimIdempotency.ts';
import { type DataRow, parse } from './rows.ts';
import { SqliteConversations } from './SqliteConversations.ts';
import { readMetrics, readRatings } from './sqliteInsights.ts';

/**
 * {@link Storage} on one SQLite file. better-sqlite3 is synchronous, so each
 * method runs its transaction to the end before any other request's code
 * runs: no interleaving inside a method, which makes the seq and idempotency
 * checks simple.
 */
export class SqliteStorage extends SqliteConversations implements Storage {
  constructor(path: string) {
    super(path);
    // A process that died mid-request left its claims behind; the request is gone.
    this.db.prepare("DELETE FROM idempotency WHERE state = 'in_flight'").run();
  }

  async insertAttachment(record: AttachmentRecord): Promise<void> {
    this.db
      .prepare(
        'INSERT INTO attachments (id, site, visitor, blob_key, created_at, data) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(
        record.meta.id,
        record.site,
        record.visitor,
        record.blobKey,
        record.createdAt,
        JSON.stringify(record),
      );
  }

  async getAttachment(id: string): Promise<AttachmentRecord | null> {
    return parse(
      this.db.prepare('SELECT data FROM attachments WHERE id = ?').get(id) as DataRow | undefined,
    );
  }

  async attachmentBlobKeys(): Promise<string[]> {
    return (
      this.db.prepare('SELECT blob_key FROM attachments').all() as { blob_key: string }[]
    ).map((r) => r.blob_key);
  }

  async claimIdempotency(
    key: IdempotencyKey,
    now: string,
    staleBefore: string,
  ): Promise<IdempotencyClaim> {
    return claimIdempotency(this.db, key, now, staleBefore);
  }

  async releaseIdempotency(key: IdempotencyKey): Promise<void> {
    this.db
      .prepare(
        "DELETE FROM idempotency WHERE site = ? AND visitor = ? AND key = ? AND state = 'in_flight'",
      )
      .run(key.site, key.visitor, key.key);
  }

  async pruneIdempotency(before: string): Promise<number> {
    return this.db
      .prepare("DELETE FROM idempotency WHERE created_at < ? AND state = 'done'")
      .run(before).changes;
  }

  async createTicket(
    ticket: TicketRecord,
    history: HistoryRecord[],
    completion?: { key: IdempotencyKey; status: number; body: unknown },
  ): Promise<void> {
    this.db.transaction(() => {
      this.insertTicket(ticket);
      this.insertHistory(history);
      if (completion) {
        const { key } = completion;
        this.db
          .prepare(
            "UPDATE idempotency SET state = 'done', status = ?, body = ? WHERE site = ? AND visitor = ? AND key = ?",
          )
          .run(completion.status, JSON.stringify(completion.body), key.site, key.visitor, key.key);
      }
    })();
  }

  async getTicket(id: string): Promise<TicketRecord | null> {
    return parse(
      this.db.prepare('SELECT data FROM tickets WHERE id = ?').get(id) as DataRow | undefined,
    );
  }

  async listTickets(filter: {
    owner?: Owner;
    status?: string;
    limit: number;
  }): Promise<TicketRecord[]> {
    const where: string[] = [];
    const args: (string | number)[] = [];
    if (filter.owner) {
      where.push('site = ? AND visitor = ?');
      args.push(filter.owner.site, filter.owner.visitor);
    }
    if (filter.status) {
      where.push('status = ?');
      args.push(filter.status);
    }
    const sql = `SELECT data FROM tickets ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at DESC LIMIT ?`;
    return (this.db.prepare(sql).all(...args, filter.limit) as DataRow[]).map(
      (r) => JSON.parse(r.data) as TicketRecord,
    );
  }

  async updateTicket(
    id: string,
    patch: Partial<TicketRecord>,
    history: HistoryRecord[],
    entry?: TicketEntry & { clientId?: string },
  ): Promise<void> {
    this.db.transaction(() => {
      const current = parse<TicketRecord>(
        this.db.prepare('SELECT data FROM tickets WHERE id = ?').get(id) as DataRow | undefined,
      );
      if (!current) return;
      const next = { ...current, ...patch };
      this.db
        .prepare('UPDATE tickets SET status = ?, last_activity_at = ?, data = ? WHERE id = ?')
        .run(next.status, next.lastActivityAt, JSON.stringify(next), id);
      if (entry) this.insertEntry(id, entry);
      this.insertHistory(history);
    })();
  }

  async ticketEntries(ticketId: string): Promise<TicketEntry[]> {
    return (
      this.db
        .prepare('SELECT data FROM ticket_entries WHERE ticket_id = ? ORDER BY at, rowid')
        .all(ticketId) as DataRow[]
    ).map((r) => JSON.parse(r.data) as TicketEntry);
  }

  async ticketEntryByClientId(ticketId: string, clientId: string): Promise<TicketEntry | null> {
    return parse(
      this.db
        .prepare('SELECT data FROM ticket_entries WHERE ticket_id = ? AND client_id = ?')
        .get(ticketId, clientId) as DataRow | undefined,
    );
  }

  async ticketHistory(ticketId: string): Promise<HistoryRecord[]> {
    const rows = this.db
      .prepare(
        'SELECT id, ticket_id, actor, action, detail, at FROM ticket_history WHERE ticket_id = ? ORDER BY at, rowid',
      )
      .all(ticketId) as {
      id: string;
      ticket_id: string;
      actor: string;
      action: string;
      detail: string;
      at: string;
    }[];
    return rows.map((r) => ({
      id: r.id,
      ticketId: r.ticket_id,
      actor: r.actor,
      action: r.action,
      detail: JSON.parse(r.detail) as Record<string, unknown>,
      at: r.at,
    }));
  }

  async idleTickets(before: string): Promise<TicketRecord[]> {
    return (
      this.db
        .prepare(
          "SELECT data FROM tickets WHERE status NOT IN ('closed', 'inactive', 'solved') AND last_activity_at < ?",
        )
        .all(before) as DataRow[]
    ).map((r) => JSON.parse(r.data) as TicketRecord);
  }

  async metrics(since: string): Promise<MetricsRow> {
    return readMetrics(this.db, since);
  }

  async recordFaqFeedback(record: FaqFeedbackRecord): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO faq_feedback (site, visitor, article_id, helped, at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (site, visitor, article_id) DO UPDATE SET helped = excluded.helped, at = excluded.at`,
      )
      .run(record.site, record.visitor, record.articleId, record.helped ? 1 : 0, record.at);
  }

  async ratings(since: string, limit: number): Promise<RatingRecord[]> {
    return readRatings(this.db, since, limit);
  }

  async convertConversation(
    conversationId: string,
    plan: (conversation: ConversationRecord, transcript: ChatMessage[]) => ConversionPlan,
  ): Promise<ConversionResult | null> {
    return this.db.transaction((): ConversionResult | null => {
      const before = parse<ConversationRecord>(
        this.db.prepare('SELECT data FROM conversations WHERE id = ?').get(conversationId) as
          | DataRow
          | undefined,
      );
      if (!before) return null;
      if (before.ticketId !== null) {
        const ticket = parse<TicketRecord>(
          this.db.prepare('SELECT data FROM tickets WHERE id = ?').get(before.ticketId) as
            | DataRow
            | undefined,
        );
        if (ticket) return { before, ticket, created: false, message: null };
      }
      const transcript = (
        this.db
          .prepare('SELECT data FROM messages WHERE conversation_id = ? ORDER BY seq')
          .all(conversationId) as DataRow[]
      ).map((r) => JSON.parse(r.data) as ChatMessage);
      const made = plan(before, transcript);
      this.insertTicket(made.ticket);
      for (const entry of made.entries) this.insertEntry(made.ticket.id, entry);
      this.insertHistory(made.history);
      const seq = before.lastSeq + 1;
      this.patchConversation(conversationId, { ...made.patch, lastSeq: seq });
      const message: ChatMessage = { ...made.message, seq };
      this.insertMessage(conversationId, message);
      return { before, ticket: made.ticket, created: true, message };
    })();
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  private insertTicket(ticket: TicketRecord): void {
    this.db
      .prepare(
        'INSERT INTO tickets (id, reference, site, visitor, status, created_at, last_activity_at, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(
        ticket.id,
        ticket.reference,
        ticket.site,
        ticket.visitor,
        ticket.status,
        ticket.createdAt,
        ticket.lastActivityAt,
        JSON.stringify(ticket),
      );
  }

  private insertEntry(ticketId: string, entry: TicketEntry & { clientId?: string }): void {
    const { clientId, ...wire } = entry;
    this.db
      .prepare(
        'INSERT INTO ticket_entries (id, ticket_id, client_id, at, data) VALUES (?, ?, ?, ?, ?)',
      )
      .run(wire.id, ticketId, clientId ?? null, wire.at, JSON.stringify(wire));
  }

  private insertHistory(history: HistoryRecord[]): void {
    const insert = this.db.prepare(
      'INSERT INTO ticket_history (id, ticket_id, actor, action, detail, at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    for (const h of history)
      insert.run(h.id, h.ticketId, h.actor, h.action, JSON.stringify(h.detail), h.at);
  }
}
