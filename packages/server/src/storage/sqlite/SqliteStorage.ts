import type { TicketEntry } from '@destek/protocol';
import type {
  AttachmentRecord,
  ConversationRecord,
  HistoryRecord,
  IdempotencyClaim,
  IdempotencyKey,
  Owner,
  TicketRecord,
} from '../records.ts';
import type { MetricsRow, Storage } from '../Storage.ts';
import { type DataRow, parse } from './rows.ts';
import { SqliteConversations } from './SqliteConversations.ts';

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
    return this.db.transaction((): IdempotencyClaim => {
      const row = this.db
        .prepare(
          'SELECT fingerprint, state, status, body, created_at FROM idempotency WHERE site = ? AND visitor = ? AND key = ?',
        )
        .get(key.site, key.visitor, key.key) as
        | {
            fingerprint: string;
            state: string;
            status: number | null;
            body: string | null;
            created_at: string;
          }
        | undefined;
      if (row) {
        if (row.fingerprint !== key.fingerprint) return { kind: 'mismatch' };
        if (row.state === 'done')
          return {
            kind: 'replay',
            status: row.status ?? 200,
            body: JSON.parse(row.body ?? 'null'),
          };
        if (row.created_at >= staleBefore) return { kind: 'in_flight' };
        this.db
          .prepare(
            'UPDATE idempotency SET created_at = ? WHERE site = ? AND visitor = ? AND key = ?',
          )
          .run(now, key.site, key.visitor, key.key);
        return { kind: 'claimed' };
      }
      this.db
        .prepare(
          "INSERT INTO idempotency (site, visitor, key, fingerprint, state, created_at) VALUES (?, ?, ?, ?, 'in_flight', ?)",
        )
        .run(key.site, key.visitor, key.key, key.fingerprint, now);
      return { kind: 'claimed' };
    })();
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
      if (entry) {
        const { clientId, ...wire } = entry;
        this.db
          .prepare(
            'INSERT INTO ticket_entries (id, ticket_id, client_id, at, data) VALUES (?, ?, ?, ?, ?)',
          )
          .run(wire.id, id, clientId ?? null, wire.at, JSON.stringify(wire));
      }
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
    const tickets = (
      this.db.prepare('SELECT data FROM tickets WHERE created_at >= ?').all(since) as DataRow[]
    ).map((r) => JSON.parse(r.data) as TicketRecord);
    const seconds = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 1000;
    const out: MetricsRow = {
      tickets: tickets.length,
      firstResponseSec: [],
      resolutionSec: [],
      solved: 0,
      solvedOnFirstContact: 0,
      ratings: [],
    };
    for (const t of tickets) {
      if (t.firstRespondedAt) out.firstResponseSec.push(seconds(t.createdAt, t.firstRespondedAt));
      if (t.resolvedAt) {
        out.resolutionSec.push(seconds(t.createdAt, t.resolvedAt));
        out.solved += 1;
        if (t.replyCount === 1) out.solvedOnFirstContact += 1;
      }
      if (t.rating !== null) out.ratings.push(t.rating);
    }
    const chats = this.db
      .prepare('SELECT data FROM conversations WHERE created_at >= ?')
      .all(since) as DataRow[];
    for (const row of chats) {
      const c = JSON.parse(row.data) as ConversationRecord;
      if (c.rating !== null && c.ticketId === null) out.ratings.push(c.rating);
    }
    return out;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  private insertHistory(history: HistoryRecord[]): void {
    const insert = this.db.prepare(
      'INSERT INTO ticket_history (id, ticket_id, actor, action, detail, at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    for (const h of history)
      insert.run(h.id, h.ticketId, h.actor, h.action, JSON.stringify(h.detail), h.at);
  }
}
