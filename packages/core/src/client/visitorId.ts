import { newId } from '@destek/protocol';
import type { KeyValueStore } from '../outbox/KeyValueStore.ts';

const KEY = 'destek:visitor';
const VALID = /^[A-Za-z0-9_-]{16,64}$/;

type LocalStore = Pick<Storage, 'getItem' | 'setItem'>;

const valid = (value: unknown): value is string => typeof value === 'string' && VALID.test(value);

/**
 * The anonymous visitor id of this browser, so an anonymous user finds their
 * requests again after a reload. It is kept twice: in localStorage, read at
 * once, and in `durable` (IndexedDB), which commits with each transaction.
 * Chromium writes localStorage to disk lazily, so a browser killed within
 * seconds of a first visit forgets the id there, and a report saved in those
 * seconds would come back under another visitor; the durable copy brings it
 * back. Where both are blocked (some private modes, sandboxed frames) a fresh
 * id lives in memory.
 *
 * Answers once both are read; `kept` settles when a new durable copy is
 * written (never rejects). The caller waits for it before saving anything
 * that must come back under this id (the outbox), not before it starts: the
 * write is a first visit's slowest storage step.
 */
export async function visitorId(
  local: LocalStore | undefined,
  durable: KeyValueStore | null | undefined,
): Promise<{ id: string; kept: Promise<void> }> {
  let fromLocal: string | null | undefined;
  let fromDurable: unknown;
  try {
    fromLocal = local?.getItem(KEY);
  } catch {
    // Reading throws where storage is blocked.
  }
  try {
    fromDurable = await durable?.get(KEY);
  } catch {
    // The same for IndexedDB.
  }
  // The durable copy wins: it is the one that survived a crash.
  const id = valid(fromDurable) ? fromDurable : valid(fromLocal) ? fromLocal : newId();
  try {
    if (id !== fromLocal) local?.setItem(KEY, id);
  } catch {
    // Blocked or full: the id still lives in the durable copy and in memory.
  }
  const kept =
    id !== fromDurable && durable
      ? durable.setMany([[KEY, id]]).catch(() => {})
      : Promise.resolve();
  return { id, kept };
}
