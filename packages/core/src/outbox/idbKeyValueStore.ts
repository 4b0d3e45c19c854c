import { createStore, delMany, get, keys, setMany } from 'idb-keyval';
import type { KeyValueStore } from './KeyValueStore.ts';

/**
 * A {@link KeyValueStore} in IndexedDB. Each user gets its own database,
 * because idb-keyval creates one object store per database and a second store
 * name in the same database would never be created. `undefined` when the
 * browser has no IndexedDB (some private modes, old WebViews, Node).
 *
 * The database is opened at once (idb-keyval would wait for the first call):
 * creating it on a first visit is the slow part, and a caller that makes the
 * store early (see `openBrowserStorage`) gets that done before it reads.
 */
export function idbKeyValueStore(dbName: string, storeName: string): KeyValueStore | undefined {
  if (typeof indexedDB === 'undefined') return undefined;
  let store: ReturnType<typeof createStore>;
  try {
    store = createStore(dbName, storeName);
    // An empty transaction opens (on a first visit, creates) the database. A
    // failed request is met again, and reported, by the first real call.
    store('readonly', () => undefined).catch(() => {});
  } catch {
    // Firefox private windows used to throw from `indexedDB.open` itself
    // (SecurityError) rather than fail the request.
    return undefined;
  }
  return {
    get: (key) => get(key, store),
    setMany: (entries) => setMany(entries, store),
    delMany: (list) => delMany(list, store),
    keys: async () => (await keys(store)).map(String),
  };
}
