import type { ChatMessage } from '@destek/protocol';
import type { ConversationRecord, Owner } from '../records.ts';
import type { NewMessage } from '../Storage.ts';
import { type Db, openDatabase } from './openDatabase.ts';
import { type DataRow, parse } from './rows.ts';

/**
 * The conversation half of the SQLite storage: conversations and their
 * messages. A message's seq is the conversation's `lastSeq` plus one, taken
 * in the same transaction as the insert, so seqs never repeat or skip.
 */
export class SqliteConversations {
  readonly db: Db;

  constructor(path: string) {
    this.db = openDatabase(path);
  }

  async createConversation(
    conversation: ConversationRecord,
    first: NewMessage,
  ): Promise<ChatMessage> {
    return this.db.transaction(() => {
      const message: ChatMessage = { ...first, seq: 1 };
      const stored = { ...conversation, lastSeq: 1 };
      this.db
        .prepare(
          'INSERT INTO conversations (id, site, visitor, status, created_at, data) VALUES (?, ?, ?, ?, ?, ?)',
        )
        .run(
          stored.id,
          stored.site,
          stored.visitor,
          stored.status,
          stored.createdAt,
          JSON.stringify(stored),
        );
      this.insertMessage(conversation.id, message);
      return message;
    })();
  }

  async getConversation(id: string): Promise<ConversationRecord | null> {
    return parse(
      this.db.prepare('SELECT data FROM conversations WHERE id = ?').get(id) as DataRow | undefined,
    );
  }

  async findConversationByClientId(
    owner: Owner,
    clientId: string,
  ): Promise<ConversationRecord | null> {
    return parse(
      this.db
        .prepare(
          "SELECT data FROM conversations WHERE site = ? AND visitor = ? AND json_extract(data, '$.startClientId') = ?",
        )
        .get(owner.site, owner.visitor, clientId) as DataRow | undefined,
    );
  }

  async updateConversation(id: string, patch: Partial<ConversationRecord>): Promise<void> {
    this.db.transaction(() => this.patchConversation(id, patch))();
  }

  async appendMessage(
    conversationId: string,
    message: NewMessage,
    patch: Partial<ConversationRecord> = {},
  ): Promise<{ message: ChatMessage; created: boolean }> {
    return this.db.transaction(() => {
      if (message.clientId !== undefined) {
        const existing = parse<ChatMessage>(
          this.db
            .prepare('SELECT data FROM messages WHERE conversation_id = ? AND client_id = ?')
            .get(conversationId, message.clientId) as DataRow | undefined,
        );
        if (existing) return { message: existing, created: false };
      }
      const current = this.patchConversation(conversationId, patch);
      const seq = current.lastSeq + 1;
      this.patchConversation(conversationId, { lastSeq: seq });
      const stored: ChatMessage = { ...message, seq };
      this.insertMessage(conversationId, stored);
      return { message: stored, created: true };
    })();
  }

  async messageByClientId(conversationId: string, clientId: string): Promise<ChatMessage | null> {
    return parse(
      this.db
        .prepare('SELECT data FROM messages WHERE conversation_id = ? AND client_id = ?')
        .get(conversationId, clientId) as DataRow | undefined,
    );
  }

  async messagesAfter(
    conversationId: string,
    after: number,
    limit: number,
  ): Promise<ChatMessage[]> {
    return (
      this.db
        .prepare(
          'SELECT data FROM messages WHERE conversation_id = ? AND seq > ? ORDER BY seq LIMIT ?',
        )
        .all(conversationId, after, limit) as DataRow[]
    ).map((r) => JSON.parse(r.data) as ChatMessage);
  }

  async queuedConversations(): Promise<ConversationRecord[]> {
    return (
      this.db
        .prepare(
          "SELECT data FROM conversations WHERE status = 'queued' ORDER BY created_at, rowid",
        )
        .all() as DataRow[]
    ).map((r) => JSON.parse(r.data) as ConversationRecord);
  }

  async activeConversationsOf(agentId: string): Promise<ConversationRecord[]> {
    return (
      this.db
        .prepare(
          "SELECT data FROM conversations WHERE status = 'active' AND json_extract(data, '$.agentId') = ? ORDER BY json_extract(data, '$.claimedAt'), rowid",
        )
        .all(agentId) as DataRow[]
    ).map((r) => JSON.parse(r.data) as ConversationRecord);
  }

  protected patchConversation(id: string, patch: Partial<ConversationRecord>): ConversationRecord {
    const current = parse<ConversationRecord>(
      this.db.prepare('SELECT data FROM conversations WHERE id = ?').get(id) as DataRow | undefined,
    );
    if (!current) throw new Error(`No conversation ${id}`);
    const next = { ...current, ...patch };
    this.db
      .prepare('UPDATE conversations SET status = ?, data = ? WHERE id = ?')
      .run(next.status, JSON.stringify(next), id);
    return next;
  }

  protected insertMessage(conversationId: string, message: ChatMessage): void {
    this.db
      .prepare('INSERT INTO messages (conversation_id, seq, client_id, data) VALUES (?, ?, ?, ?)')
      .run(conversationId, message.seq, message.clientId ?? null, JSON.stringify(message));
  }
}
