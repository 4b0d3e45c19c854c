import { blobKeys, entryKey } from './entryKeys.ts';
import type { KeyValueStore } from './KeyValueStore.ts';
import type { StoredEntry } from './OutboxEntry.ts';

/** The outbox's storage, which gives up (for good) on the first failure. */
export interface OutboxPersistence {
  /** False once storage failed or when there was none: reports live in memory only. */
  readonly persistent: boolean;
  /** Runs a write; a throw switches to memory and is reported, never rethrown. */
  write(run: (store: KeyValueStore) => Promise<void>): Promise<void>;
  /** Saved reports whose id `known` does not know yet, with their files. */
  loadNew(
    known: (id: string) => boolean,
  ): Promise<Array<{ stored: StoredEntry; blobs: Array<Blob | undefined> }>>;
  /** False when the report is gone from storage (another tab sent it). */
  stillSaved(id: string): Promise<boolean>;
}

/** Wraps `store`; `onFailure` hears the first failure, after which everything is a no-op. */
export function outboxPersistence(
  store: KeyValueStore | undefined,
  onFailure: (cause: unknown) => void,
): OutboxPersistence {
  let current = store;
  const failed = (cause: unknown) => {
    if (!current) return;
    current = undefined;
    onFailure(cause);
  };
  return {
    get persistent() {
      return current !== undefined;
    },
    async write(run) {
      if (!current) return;
      try {
        await run(current);
      } catch (cause) {
        failed(cause);
      }
    },
    async loadNew(known) {
      const source = current;
      if (!source) return [];
      try {
        const found = [];
        for (const key of await source.keys()) {
          if (!key.startsWith('entry:') || known(key.slice('entry:'.length))) continue;
          const stored = await source.get<StoredEntry>(key);
          if (!stored) continue;
          const blobs = await Promise.all(blobKeys(stored).map((k) => source.get<Blob>(k)));
          found.push({ stored, blobs });
        }
        return found;
      } catch (cause) {
        failed(cause);
        return [];
      }
    },
    async stillSaved(id) {
      if (!current) return true;
      try {
        return (await current.get(entryKey(id))) !== undefined;
      } catch (cause) {
        failed(cause);
        return true;
      }
    },
  };
}
