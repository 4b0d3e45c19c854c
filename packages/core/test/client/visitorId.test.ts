import { describe, expect, it } from 'vitest';
import { visitorId } from '../../src/client/visitorId.ts';
import { type KeyValueStore, memoryKeyValueStore } from '../../src/outbox/KeyValueStore.ts';

function localStore(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
  };
}

const SAVED = 'visitor_0123456789abcdef';

describe('the anonymous visitor id', () => {
  it('is made once and kept in both places', async () => {
    const local = localStore();
    const durable = memoryKeyValueStore();
    const { id, kept } = await visitorId(local, durable);
    expect(local.getItem('destek:visitor')).toBe(id);
    await kept;
    expect(await durable.get('destek:visitor')).toBe(id);
    expect((await visitorId(local, durable)).id).toBe(id);
  });

  it('comes back from the durable copy when localStorage lost it (a browser killed before its lazy write)', async () => {
    const durable = memoryKeyValueStore();
    await durable.setMany([['destek:visitor', SAVED]]);
    const local = localStore();
    expect((await visitorId(local, durable)).id).toBe(SAVED);
    expect(local.getItem('destek:visitor')).toBe(SAVED);
  });

  it('copies an id only localStorage has (from before the durable copy existed)', async () => {
    const durable = memoryKeyValueStore();
    const { id, kept } = await visitorId(localStore({ 'destek:visitor': SAVED }), durable);
    expect(id).toBe(SAVED);
    await kept;
    expect(await durable.get('destek:visitor')).toBe(SAVED);
  });

  it('answers before the durable copy is written, and says when it is', async () => {
    let finish: () => void = () => {};
    const written: Array<[string, unknown]> = [];
    const slow: KeyValueStore = {
      ...memoryKeyValueStore(),
      setMany: (entries) =>
        new Promise<void>((resolve) => {
          finish = () => {
            written.push(...entries);
            resolve();
          };
        }),
    };
    const { id, kept } = await visitorId(localStore(), slow);
    let settled = false;
    void kept.then(() => {
      settled = true;
    });
    await Promise.resolve();
    expect(settled).toBe(false);
    finish();
    await kept;
    expect(written).toEqual([['destek:visitor', id]]);
  });

  it('ignores a malformed saved id', async () => {
    const durable = memoryKeyValueStore();
    await durable.setMany([['destek:visitor', '<script>']]);
    const { id } = await visitorId(localStore({ 'destek:visitor': 'x' }), durable);
    expect(id).not.toBe('<script>');
    expect(id).toMatch(/^[A-Za-z0-9_-]{16,64}$/);
  });

  it('still answers where both stores throw (blocked storage)', async () => {
    const broken: KeyValueStore = {
      get: () => Promise.reject(new Error('blocked')),
      setMany: () => Promise.reject(new Error('blocked')),
      delMany: () => Promise.reject(new Error('blocked')),
      keys: () => Promise.reject(new Error('blocked')),
    };
    const local = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
    };
    const { id, kept } = await visitorId(local, broken);
    expect(id).toMatch(/^[A-Za-z0-9_-]{16,64}$/);
    await expect(kept).resolves.toBeUndefined();
  });
});
