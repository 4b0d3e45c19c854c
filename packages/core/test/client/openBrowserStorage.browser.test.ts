import { describe, expect, it } from 'vitest';
import { openBrowserStorage } from '../../src/client/openBrowserStorage.ts';
import { openDraftStore } from '../../src/outbox/defaultStores.ts';
import { idbKeyValueStore } from '../../src/outbox/idbKeyValueStore.ts';

/** Resolves once IndexedDB lists `name`; rejects after `ms`. */
async function databaseAppears(name: string, ms = 2000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if ((await indexedDB.databases()).some((db) => db.name === name)) return;
    await new Promise((done) => setTimeout(done, 10));
  }
  throw new Error(`${name} was not created within ${ms} ms`);
}

describe('opening storage before it is read', () => {
  it('creates the database when the store is made, before any call', async () => {
    const name = `destek-open-test-${crypto.randomUUID()}`;
    const store = idbKeyValueStore(name, 'things');
    expect(store).toBeDefined();
    await databaseAppears(name);
    // The store made by the empty transaction is the one later calls use.
    await store?.setMany([['a', 1]]);
    expect(await store?.get('a')).toBe(1);
  });

  // Other test files share this origin and may have created these databases
  // already, so this case checks the names; the first one checks the opening.
  it('opens the three databases the client uses by default', async () => {
    const storage = openBrowserStorage();
    expect(storage.drafts).toBeTruthy();
    expect(storage.outbox).toBeTruthy();
    expect(storage.visitorBackup).toBeTruthy();
    await Promise.all(
      ['destek-drafts', 'destek-outbox', 'destek-visitor'].map((name) => databaseAppears(name)),
    );
    // The same stores core makes when given no storage: what one writes, the other reads.
    const key = `open-test-${crypto.randomUUID()}`;
    await storage.drafts?.setMany([[key, 'kept']]);
    expect(await openDraftStore()?.get(key)).toBe('kept');
    await storage.drafts?.delMany([key]);
  });
});
