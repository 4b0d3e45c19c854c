import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDrafts } from '../../src/drafts/createDrafts.ts';
import { memoryKeyValueStore } from '../../src/outbox/KeyValueStore.ts';
import { brokenStore, settle } from '../outbox/outboxFixtures.ts';

interface Form {
  summary: string;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createDrafts', () => {
  it('saves once, 400 ms after the last change', async () => {
    const storage = memoryKeyValueStore();
    const writes: unknown[] = [];
    const setMany = storage.setMany;
    storage.setMany = async (entries) => {
      writes.push(entries[0]?.[1]);
      return setMany(entries);
    };
    const drafts = createDrafts<Form>({ storage });
    await drafts.restored;
    drafts.change({ summary: 'Dep' });
    await vi.advanceTimersByTimeAsync(300);
    drafts.change({ summary: 'Deposit lost' });
    expect(drafts.save.value.status).toBe('unsaved');
    await vi.advanceTimersByTimeAsync(399);
    expect(writes).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    await settle();
    expect(writes).toHaveLength(1);
    expect(drafts.save.value.status).toBe('saved');
    expect(await storage.get('draft:report')).toMatchObject({ value: { summary: 'Deposit lost' } });
  });

  it('restores what an earlier page saved', async () => {
    const storage = memoryKeyValueStore();
    const first = createDrafts<Form>({ storage });
    first.change({ summary: 'Kartım bloke oldu' });
    await first.dispose();
    const second = createDrafts<Form>({ storage });
    expect(second.save.value.status).toBe('restoring');
    expect(await second.restored).toEqual({ summary: 'Kartım bloke oldu' });
    expect(second.draft.value).toEqual({ summary: 'Kartım bloke oldu' });
    expect(second.save.value.status).toBe('clean');
  });

  it('keeps typing that started before the restore finished', async () => {
    const storage = memoryKeyValueStore();
    await storage.setMany([['draft:report', { value: { summary: 'old' }, savedAt: 1 }]]);
    const drafts = createDrafts<Form>({ storage });
    drafts.change({ summary: 'new' });
    await drafts.restored;
    expect(drafts.draft.value).toEqual({ summary: 'new' });
  });

  it('forgets the draft on clear (after sending)', async () => {
    const storage = memoryKeyValueStore();
    const drafts = createDrafts<Form>({ storage });
    drafts.change({ summary: 'Sent now' });
    await drafts.flush();
    await drafts.clear();
    expect(drafts.draft.value).toBeUndefined();
    expect(await storage.keys()).toEqual([]);
    expect(drafts.save.value.status).toBe('clean');
  });

  it('keeps the draft in memory and says so when storage fails', async () => {
    const drafts = createDrafts<Form>({ storage: brokenStore() });
    await drafts.restored;
    drafts.change({ summary: 'still here' });
    expect(drafts.storage.value).toBe('memory');
    expect(drafts.save.value).toMatchObject({
      status: 'failed',
      error: { code: 'storage_unavailable' },
    });
    expect(drafts.draft.value).toEqual({ summary: 'still here' });
  });

  it('keeps separate drafts per key', async () => {
    const storage = memoryKeyValueStore();
    const report = createDrafts<Form>({ storage, key: 'report' });
    const chat = createDrafts<Form>({ storage, key: 'chat' });
    report.change({ summary: 'a' });
    chat.change({ summary: 'b' });
    await report.flush();
    await chat.flush();
    expect((await storage.keys()).sort()).toEqual(['draft:chat', 'draft:report']);
  });
});
