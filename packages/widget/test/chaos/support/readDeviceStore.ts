import type { Page } from 'playwright-core';

/** What the widget keeps in the page's IndexedDB, read from outside the widget. */
export interface DeviceStore {
  /** Reports in the outbox (not yet acknowledged): summary and why one waits for the user, if so. */
  outbox: Array<{ summary: string; attention: string | null }>;
  /** The autosaved draft's summary, or null when there is none. */
  draftSummary: string | null;
}

/**
 * Reads the outbox (`destek-outbox`/`entries`) and the draft
 * (`destek-drafts`/`drafts`) databases that core's idb-keyval stores use. A
 * database that does not exist yet is reported empty and is NOT created:
 * opening it here would create it without its object store, and idb-keyval
 * would then never get to make one.
 */
export function readDeviceStore(page: Page): Promise<DeviceStore> {
  return page.evaluate(async () => {
    const names = new Set((await indexedDB.databases()).map((db) => db.name));
    const all = (name: string, store: string) =>
      new Promise<Array<[string, unknown]>>((done, fail) => {
        if (!names.has(name)) {
          done([]);
          return;
        }
        const open = indexedDB.open(name);
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(store)) {
            db.close();
            done([]);
            return;
          }
          const tx = db.transaction(store, 'readonly');
          const keys = tx.objectStore(store).getAllKeys();
          const values = tx.objectStore(store).getAll();
          tx.oncomplete = () => {
            db.close();
            done(keys.result.map((key, i) => [String(key), values.result[i]]));
          };
          tx.onerror = () => fail(tx.error);
        };
      });
    type Stored = { report?: { summary?: string }; attention?: { code?: string } };
    const outbox = (await all('destek-outbox', 'entries'))
      .filter(([key]) => key.startsWith('entry:'))
      .map(([, value]) => {
        const entry = value as Stored;
        return { summary: entry.report?.summary ?? '', attention: entry.attention?.code ?? null };
      });
    const draft = (await all('destek-drafts', 'drafts')).find(([key]) => key === 'draft:report');
    const saved = draft?.[1] as { value?: { summary?: string } } | undefined;
    return { outbox, draftSummary: saved?.value?.summary ?? null };
  });
}
