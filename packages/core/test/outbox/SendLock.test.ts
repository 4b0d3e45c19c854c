import { describe, expect, it } from 'vitest';
import { leaseLock, localLock } from '../../src/outbox/SendLock.ts';

function fakeLocalStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

describe('leaseLock', () => {
  it('lets only one tab send while its lease is fresh', async () => {
    const storage = fakeLocalStorage();
    const now = 1000;
    const tabA = leaseLock(storage, 'outbox', { owner: 'a', clock: () => now });
    const tabB = leaseLock(storage, 'outbox', { owner: 'b', clock: () => now });
    let bRan: boolean | undefined;
    const aRan = await tabA.run(async () => {
      bRan = await tabB.run(async () => {});
    });
    expect(aRan).toBe(true);
    expect(bRan).toBe(false);
    // Released: B may send now.
    expect(await tabB.run(async () => {})).toBe(true);
  });

  it('takes over the lease of a tab that died mid-send', async () => {
    const storage = fakeLocalStorage();
    let now = 1000;
    storage.setItem('outbox', JSON.stringify({ owner: 'dead', until: now + 15_000 }));
    const tab = leaseLock(storage, 'outbox', { owner: 'alive', clock: () => now });
    expect(await tab.run(async () => {})).toBe(false);
    now += 15_001;
    expect(await tab.run(async () => {})).toBe(true);
  });

  it('ignores a garbled lease', async () => {
    const storage = fakeLocalStorage();
    storage.setItem('outbox', '{not json');
    expect(await leaseLock(storage, 'outbox').run(async () => {})).toBe(true);
  });
});

describe('localLock', () => {
  it('refuses a second sender in the same page', async () => {
    const lock = localLock();
    let inner: boolean | undefined;
    await lock.run(async () => {
      inner = await lock.run(async () => {});
    });
    expect(inner).toBe(false);
  });
});
