import { describe, expect, it } from 'vitest';
import { createDrafts } from '../../src/drafts/createDrafts.ts';
import { idbKeyValueStore } from '../../src/outbox/idbKeyValueStore.ts';

interface Form {
  summary: string;
  screenshot?: Blob;
}

describe('drafts in real IndexedDB', () => {
  it('restores a draft, files included, in a new instance and forgets it on clear', async () => {
    const db = `destek-drafts-test-${crypto.randomUUID()}`;
    const first = createDrafts<Form>({
      storage: idbKeyValueStore(db, 'drafts') ?? null,
      debounceMs: 10,
    });
    await first.restored;
    expect(first.storage.value).toBe('persistent');
    first.change({
      summary: 'Ödeme yapıldı ama bakiye yok',
      screenshot: new Blob(['png'], { type: 'image/png' }),
    });
    await first.dispose();

    const second = createDrafts<Form>({ storage: idbKeyValueStore(db, 'drafts') ?? null });
    const restored = await second.restored;
    expect(restored?.summary).toBe('Ödeme yapıldı ama bakiye yok');
    expect(await restored?.screenshot?.text()).toBe('png');
    await second.clear();

    const third = createDrafts<Form>({ storage: idbKeyValueStore(db, 'drafts') ?? null });
    expect(await third.restored).toBeUndefined();
  });

  it('uses IndexedDB by default', async () => {
    const drafts = createDrafts<Form>({ key: `default-${crypto.randomUUID()}` });
    await drafts.restored;
    expect(drafts.storage.value).toBe('persistent');
    drafts.change({ summary: 'x' });
    await drafts.flush();
    expect(drafts.save.value.status).toBe('saved');
    await drafts.clear();
  });
});
