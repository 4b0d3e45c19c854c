/**
 * The little storage the outbox and drafts need. IndexedDB (through
 * idb-keyval) in browsers; tests pass a plain object, or one that throws to
 * play a browser without storage.
 */
export interface KeyValueStore {
  get<T>(key: string): Promise<T | undefined>;
  /** Writes all pairs in one transaction: all or none. */
  setMany(entries: Array<[string, unknown]>): Promise<void>;
  delMany(keys: string[]): Promise<void>;
  keys(): Promise<string[]>;
}

/** A {@link KeyValueStore} in a Map: lost on reload, always available. */
export function memoryKeyValueStore(): KeyValueStore {
  const map = new Map<string, unknown>();
  return {
    get: async <T>(key: string) => map.get(key) as T | undefined,
    setMany: async (entries) => {
      for (const [key, value] of entries) map.set(key, value);
    },
    delMany: async (keys) => {
      for (const key of keys) map.delete(key);
    },
    keys: async () => [...map.keys()],
  };
}
