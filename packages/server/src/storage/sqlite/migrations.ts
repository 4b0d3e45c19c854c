/**
 * Versioned schema changes, applied in order, each in its own transaction.
 * Never edit a shipped migration: add the next one. Records are kept as JSON
 * next to the few columns that queries filter or sort on, so a new field on
 * the wire rarely needs a migration.
 */
export const MIGRATIONS: readonly { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE attachments (
        id TEXT PRIMARY KEY,
        site TEXT NOT NULL,
        visitor TEXT NOT NULL,
        blob_key TEXT NOT NULL,
        created_at TEXT NOT NULL,
        data TEXT NOT NULL
      ) STRICT;
      CREATE TABLE idempotency (
        site TEXT NOT NULL,
        visitor TEXT NOT NULL,
        key TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('in_flight', 'done')),
        status INTEGER,
        body TEXT,
        created_at TEXT NOT NULL,
        PRIMARY KEY (site, visitor, key)
      ) STRICT;
      CREATE INDEX idempotency_created ON idempotency (created_at);
      CREATE TABLE tickets (
        id TEXT PRIMARY KEY,
        reference TEXT NOT NULL UNIQUE,
        site TEXT NOT NULL,
        visitor TEXT NOT NULL,
        status TEXT NOT NULL,
        created_at TEXT NOT NULL,
        last_activity_at TEXT NOT NULL,
        data TEXT NOT NULL
      ) STRICT;
      CREATE INDEX tickets_owner ON tickets (site, visitor, created_at);
      CREATE INDEX tickets_status ON tickets (status, last_activity_at);
      CREATE TABLE ticket_entries (
        id TEXT PRIMARY KEY,
        ticket_id TEXT NOT NULL REFERENCES tickets (id),
        client_id TEXT,
        at TEXT NOT NULL,
        data TEXT NOT NULL,
        UNIQUE (ticket_id, client_id)
      ) STRICT;
      CREATE INDEX ticket_entries_ticket ON ticket_entries (ticket_id, at);
      CREATE TABLE ticket_history (
        id TEXT PRIMARY KEY,
        ticket_id TEXT NOT NULL REFERENCES tickets (id),
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        detail TEXT NOT NULL,
        at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX ticket_history_ticket ON ticket_history (ticket_id, at);
      CREATE TABLE conversations (
        id TEXT PRIMARY KEY,
        site TEXT NOT NULL,
        visitor TEXT NOT NULL,
        status TEXT NOT NULL,
        created_at TEXT NOT NULL,
        data TEXT NOT NULL
      ) STRICT;
      CREATE INDEX conversations_status ON conversations (status, created_at);
      CREATE TABLE messages (
        conversation_id TEXT NOT NULL REFERENCES conversations (id),
        seq INTEGER NOT NULL,
        client_id TEXT,
        data TEXT NOT NULL,
        PRIMARY KEY (conversation_id, seq),
        UNIQUE (conversation_id, client_id)
      ) STRICT;
    `,
  },
  {
    // Chat follow-up: "Did this solve it?" answers, and the fields records gained
    // (reply address, language, when rated), filled in on rows written before.
    version: 2,
    sql: `
      CREATE TABLE faq_feedback (
        site TEXT NOT NULL,
        visitor TEXT NOT NULL,
        article_id TEXT NOT NULL,
        helped INTEGER NOT NULL CHECK (helped IN (0, 1)),
        at TEXT NOT NULL,
        PRIMARY KEY (site, visitor, article_id)
      ) STRICT;
      CREATE INDEX faq_feedback_at ON faq_feedback (at);
      UPDATE tickets SET data = json_insert(data,
        '$.email', json('null'),
        '$.locale', coalesce(json_extract(data, '$.report.locale'), 'en'),
        '$.ratedAt', json('null'));
      UPDATE conversations SET data = json_insert(data,
        '$.email', json('null'),
        '$.ratedAt', json('null'));
    `,
  },
];
