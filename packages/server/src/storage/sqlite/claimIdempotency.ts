import type { IdempotencyClaim, IdempotencyKey } from '../records.ts';
import type { Db } from './openDatabase.ts';

type ClaimRow = {
  fingerprint: string;
  state: string;
  status: number | null;
  body: string | null;
  created_at: string;
};

/**
 * Claims `key` for one request, in one transaction: a finished key replays its
 * answer, another payload under the same key is a mismatch, a recent claim is
 * in flight, and a claim older than `staleBefore` (its request died) is taken over.
 */
export function claimIdempotency(
  db: Db,
  key: IdempotencyKey,
  now: string,
  staleBefore: string,
): IdempotencyClaim {
  return db.transaction((): IdempotencyClaim => {
    const row = db
      .prepare(
        'SELECT fingerprint, state, status, body, created_at FROM idempotency WHERE site = ? AND visitor = ? AND key = ?',
      )
      .get(key.site, key.visitor, key.key) as ClaimRow | undefined;
    if (row) {
      if (row.fingerprint !== key.fingerprint) return { kind: 'mismatch' };
      if (row.state === 'done')
        return { kind: 'replay', status: row.status ?? 200, body: JSON.parse(row.body ?? 'null') };
      if (row.created_at >= staleBefore) return { kind: 'in_flight' };
      db.prepare(
        'UPDATE idempotency SET created_at = ? WHERE site = ? AND visitor = ? AND key = ?',
      ).run(now, key.site, key.visitor, key.key);
      return { kind: 'claimed' };
    }
    db.prepare(
      "INSERT INTO idempotency (site, visitor, key, fingerprint, state, created_at) VALUES (?, ?, ?, ?, 'in_flight', ?)",
    ).run(key.site, key.visitor, key.key, key.fingerprint, now);
    return { kind: 'claimed' };
  })();
}
