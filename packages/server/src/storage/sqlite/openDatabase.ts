import Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations.ts';

/** The database handle type, re-exported so callers need not import better-sqlite3. */
export type Db = Database.Database;

/**
 * Opens (or creates) the database with the durability settings the server
 * promises: WAL so readers never block the writer, `synchronous=FULL` so an
 * acknowledged commit survives power loss (NORMAL may roll back the last
 * commits), and a busy timeout so a second process (a backup) does not make
 * writes fail at once.
 */
export function openDatabase(path: string): Db {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  migrate(db);
  return db;
}

function migrate(db: Db): void {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL) STRICT',
  );
  const row = db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as {
    v: number | null;
  };
  const current = row.v ?? 0;
  for (const migration of MIGRATIONS) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(
        migration.version,
        new Date().toISOString(),
      );
    })();
  }
}
