import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryBackend } from '../../src/backend/memoryBackend.ts';
import { BackendError } from '../../src/errors/BackendError.ts';
import { isDestekError } from '../../src/errors/DestekError.ts';
import { createOutbox } from '../../src/outbox/createOutbox.ts';
import { memoryKeyValueStore } from '../../src/outbox/KeyValueStore.ts';
import type { OutboxOptions } from '../../src/outbox/Outbox.ts';
import { localLock } from '../../src/outbox/SendLock.ts';
import {
  brokenStore,
  fakeNetwork,
  pngFile,
  sampleReport,
  settle,
  until,
} from './outboxFixtures.ts';

const VISITOR = { anonId: 'anon_visitor_0001' };

async function setup(extra: Partial<OutboxOptions> = {}) {
  const backend = memoryBackend();
  await backend.connect(VISITOR);
  const storage = memoryKeyValueStore();
  const network = fakeNetwork();
  const outbox = createOutbox({
    backend,
    storage,
    network,
    lock: localLock(),
    random: () => 0.5,
    ...extra,
  });
  await outbox.ready;
  return { backend, storage, network, outbox };
}

const statusOf = (outbox: ReturnType<typeof createOutbox>, index = 0) =>
  outbox.entries.value[index]?.state.value.status;

beforeEach(() => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
  });
  vi.setSystemTime(Date.parse('2026-03-01T12:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createOutbox', () => {
  it('saves the report and its files before the first request', async () => {
    const { backend, storage, outbox } = await setup();
    const order: string[] = [];
    const write = storage.setMany;
    storage.setMany = async (entries) => {
      order.push(`save ${entries.map(([key]) => key.split(':')[0]).join('+')}`);
      return write(entries);
    };
    const upload = backend.uploadAttachment;
    backend.uploadAttachment = (...args) => {
      order.push('upload');
      return upload(...args);
    };
    await outbox.add(sampleReport(), [{ blob: pngFile(), name: 'screen.png' }]);
    await until(() => statusOf(outbox) === 'sent');
    expect(order[0]).toBe('save entry+blob');
    expect(order[1]).toBe('upload');
  });

  it('deletes the report only on the receipt', async () => {
    const { backend, storage, outbox } = await setup();
    backend.faults.failNext(1, {
      error: () => new BackendError('offline', 'down'),
      methods: ['submitReport'],
    });
    await outbox.add(sampleReport());
    await until(() => statusOf(outbox) === 'retrying');
    expect((await storage.keys()).filter((k) => k.startsWith('entry:'))).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(600);
    await until(() => statusOf(outbox) === 'sent');
    expect(await storage.keys()).toEqual([]);
    const state = outbox.entries.value[0]?.state.value;
    expect(state?.status === 'sent' && state.receipt.reference).toMatch(/^DT-/);
  });

  it('keeps the report when the server answers 503, and retries it after the backoff', async () => {
    const { backend, outbox } = await setup();
    backend.faults.failNext(2, {
      error: () => new BackendError('server', 'Service Unavailable', { status: 503 }),
      methods: ['submitReport'],
    });
    await outbox.add(sampleReport());
    await until(() => statusOf(outbox) === 'retrying');
    // random() = 0.5: the first wait is half of 1 s, the second half of 2 s.
    expect(outbox.entries.value[0]?.state.value).toEqual({
      status: 'retrying',
      attempt: 1,
      nextAttemptAt: Date.now() + 500,
      code: 'server',
    });
    await vi.advanceTimersByTimeAsync(500);
    await until(
      () =>
        outbox.entries.value[0]?.state.value.status === 'retrying' &&
        backend.faults.injected.submitReport === 2,
    );
    const second = outbox.entries.value[0]?.state.value;
    expect(second?.status === 'retrying' && second.nextAttemptAt - Date.now()).toBe(1000);
    await vi.advanceTimersByTimeAsync(1000);
    await until(() => statusOf(outbox) === 'sent');
    expect(outbox.counters.value.server_error).toBe(2);
    expect(outbox.counters.value.sent).toBe(1);
    expect(backend.world.tickets.size).toBe(1);
  });

  it('waits as long as Retry-After says on 429', async () => {
    const { backend, outbox } = await setup();
    backend.faults.failNext(1, {
      error: () =>
        new BackendError('rate_limited', 'Too Many Requests', { status: 429, retryAfterMs: 7000 }),
      methods: ['submitReport'],
    });
    await outbox.add(sampleReport(1));
    await outbox.add(sampleReport(2));
    await until(() => statusOf(outbox) === 'retrying');
    const started = Date.now();
    const state = outbox.entries.value[0]?.state.value;
    expect(state?.status === 'retrying' && state.nextAttemptAt).toBe(started + 7000);
    // The rate limit holds the whole queue, not just the report that met it.
    expect(statusOf(outbox, 1)).toBe('saved-waiting');
    await vi.advanceTimersByTimeAsync(6900);
    await settle();
    expect(backend.world.tickets.size).toBe(0);
    await vi.advanceTimersByTimeAsync(100);
    await until(() => statusOf(outbox, 1) === 'sent');
    expect(backend.world.tickets.size).toBe(2);
    expect(outbox.counters.value.rate_limited).toBe(1);
  });

  it('moves a report the server refuses (422) to needs-attention, keeps it, and resends it once edited', async () => {
    const { backend, storage, outbox } = await setup();
    backend.faults.failNext(1, {
      error: () =>
        new BackendError('invalid', 'Bad summary', {
          status: 400,
          field: 'summary',
          wireCode: 'invalid_body',
        }),
      methods: ['submitReport'],
    });
    const entry = await outbox.add(sampleReport());
    await until(() => statusOf(outbox) === 'needs-attention');
    expect(outbox.entries.value[0]?.state.value).toEqual({
      status: 'needs-attention',
      reason: { code: 'invalid', field: 'summary', wireCode: 'invalid_body' },
    });
    await vi.advanceTimersByTimeAsync(600_000);
    expect(backend.faults.injected.submitReport).toBe(1);
    expect((await storage.keys()).length).toBe(1);
    const firstKey = entry.report.clientReportId;
    const edited = await outbox.update(entry.id, {
      ...sampleReport(),
      summary: 'Deposit missing after 2 hours',
    });
    expect(edited.report.clientReportId).not.toBe(firstKey);
    await until(() => statusOf(outbox) === 'sent');
    expect([...backend.world.tickets.values()][0]?.report?.summary).toBe(
      'Deposit missing after 2 hours',
    );
    expect(outbox.counters.value.invalid).toBe(1);
  });

  it('does not retry a file over the size limit and says which', async () => {
    const { backend, outbox } = await setup();
    backend.faults.failNext(1, {
      error: () => new BackendError('too_large', 'Too big', { status: 413, field: 'file' }),
      methods: ['uploadAttachment'],
    });
    const entry = await outbox.add(sampleReport(), [{ blob: pngFile(), name: 'huge.png' }]);
    await until(() => statusOf(outbox) === 'needs-attention');
    expect(outbox.counters.value.too_large).toBe(1);
    await outbox.update(entry.id, sampleReport(), [{ blob: pngFile(32), name: 'small.png' }]);
    await until(() => statusOf(outbox) === 'sent');
    expect([...backend.world.attachments.values()].map((a) => a.meta.name)).toEqual(['small.png']);
  });

  it('does not upload a file again when only the report failed', async () => {
    const { backend, outbox } = await setup();
    backend.faults.failNext(1, {
      error: () => new BackendError('offline', 'down'),
      methods: ['submitReport'],
    });
    await outbox.add(sampleReport(), [
      { blob: pngFile(), name: 'a.png' },
      { blob: pngFile(80), name: 'b.png' },
    ]);
    await until(() => statusOf(outbox) === 'retrying');
    await vi.advanceTimersByTimeAsync(1000);
    await until(() => statusOf(outbox) === 'sent');
    expect(backend.world.attachments.size).toBe(2);
    expect([...backend.world.tickets.values()][0]?.report?.attachments).toHaveLength(2);
  });

  it('shows upload progress while sending', async () => {
    const { outbox } = await setup();
    const seen: string[] = [];
    await outbox.add(sampleReport(), [{ blob: pngFile(100), name: 'a.png' }]);
    const entry = outbox.entries.value[0];
    const stop = entry?.state.subscribe((s) => {
      if (s.status === 'sending') seen.push(`${s.sent}/${s.total}`);
    });
    await until(() => statusOf(outbox) === 'sent');
    stop?.();
    expect(seen).toContain('100/100');
    expect(seen.length).toBeGreaterThan(2);
  });

  it('creates one ticket when the acknowledgement is lost and the retry repeats the key', async () => {
    const { backend, outbox } = await setup();
    backend.faults.failNext(1, {
      error: () => new BackendError('offline', 'connection reset'),
      methods: ['submitReport'],
      when: 'after',
    });
    await outbox.add(sampleReport());
    await until(() => statusOf(outbox) === 'retrying');
    expect(backend.world.tickets.size).toBe(1);
    await vi.advanceTimersByTimeAsync(1000);
    await until(() => statusOf(outbox) === 'sent');
    expect(backend.world.tickets.size).toBe(1);
    const state = outbox.entries.value[0]?.state.value;
    expect(state?.status === 'sent' && state.receipt.id).toBe([...backend.world.tickets.keys()][0]);
  });

  it('refuses a report when full and never evicts one', async () => {
    const { network, outbox } = await setup({ maxReports: 3 });
    network.goOffline();
    for (const n of [1, 2, 3]) await outbox.add(sampleReport(n));
    expect(outbox.state.value.full).toBe(true);
    const refused = await outbox.add(sampleReport(4)).catch((error: unknown) => error);
    expect(isDestekError(refused, 'storage_full')).toBe(true);
    expect(outbox.entries.value.map((e) => e.report.summary)).toEqual([
      'Deposit 1 did not arrive',
      'Deposit 2 did not arrive',
      'Deposit 3 did not arrive',
    ]);
    expect(outbox.counters.value.queue_full).toBe(1);
    expect(outbox.state.value.error?.code).toBe('storage_full');
  });

  it('refuses files beyond the byte budget', async () => {
    const { network, outbox } = await setup({ maxBytes: 100 });
    network.goOffline();
    await outbox.add(sampleReport(1), [{ blob: pngFile(60), name: 'a.png' }]);
    await expect(
      outbox.add(sampleReport(2), [{ blob: pngFile(60), name: 'b.png' }]),
    ).rejects.toMatchObject({
      name: 'StorageError',
      code: 'storage_full',
    });
    expect(outbox.state.value.bytes).toBe(60);
  });

  it('keeps working in memory when storage throws, and says so', async () => {
    const { backend, outbox } = await setup({ storage: brokenStore() });
    expect(outbox.state.value.storage).toBe('memory');
    expect(outbox.state.value.error?.code).toBe('storage_unavailable');
    expect(outbox.counters.value.storage_unavailable).toBeGreaterThanOrEqual(1);
    await outbox.add(sampleReport());
    await until(() => statusOf(outbox) === 'sent');
    expect(backend.world.tickets.size).toBe(1);
  });

  it('waits while offline and sends when the device comes back online', async () => {
    const network = fakeNetwork(false);
    const { backend, outbox } = await setup({ network });
    await outbox.add(sampleReport());
    await settle();
    expect(outbox.entries.value[0]?.state.value).toEqual({
      status: 'saved-waiting',
      offline: true,
    });
    expect(backend.world.tickets.size).toBe(0);
    network.goOnline();
    await until(() => statusOf(outbox) === 'sent');
    expect(backend.world.tickets.size).toBe(1);
  });

  it('sends at start-up what an earlier page saved', async () => {
    const first = await setup({ network: fakeNetwork(false) });
    await first.outbox.add(sampleReport(1), [{ blob: pngFile(), name: 'a.png' }]);
    first.outbox.dispose();
    const second = createOutbox({
      backend: first.backend,
      storage: first.storage,
      network: fakeNetwork(),
      lock: localLock(),
    });
    await until(() => second.entries.value[0]?.state.value.status === 'sent');
    expect(first.backend.world.tickets.size).toBe(1);
    expect(await first.storage.keys()).toEqual([]);
  });

  it('does not send while another tab holds the lock, and looks again later', async () => {
    let othersHold = true;
    const lock = {
      run: async (task: () => Promise<void>) => {
        if (othersHold) return false;
        await task();
        return true;
      },
    };
    const { backend, outbox } = await setup({ lock, lockRetryMs: 5000 });
    await outbox.add(sampleReport());
    await settle();
    expect(backend.world.tickets.size).toBe(0);
    othersHold = false;
    await vi.advanceTimersByTimeAsync(5000);
    await until(() => statusOf(outbox) === 'sent');
    expect(backend.world.tickets.size).toBe(1);
  });

  it('keeps a refused report refused after a reload', async () => {
    const first = await setup();
    first.backend.faults.failNext(1, {
      error: () => new BackendError('invalid', 'no', { field: 'category' }),
      methods: ['submitReport'],
    });
    await first.outbox.add(sampleReport());
    await until(() => statusOf(first.outbox) === 'needs-attention');
    first.outbox.dispose();
    const second = createOutbox({
      backend: first.backend,
      storage: first.storage,
      network: fakeNetwork(),
      lock: localLock(),
    });
    await second.ready;
    await settle();
    expect(second.entries.value[0]?.state.value).toEqual({
      status: 'needs-attention',
      reason: { code: 'invalid', field: 'category' },
    });
    await second.discard(second.entries.value[0]?.id ?? '');
    expect(await first.storage.keys()).toEqual([]);
  });

  it('retries a network failure at once when the device comes back online, but keeps a Retry-After', async () => {
    const network = fakeNetwork();
    const { backend, outbox } = await setup({ network });
    backend.faults.failNext(1, {
      error: () => new BackendError('offline', 'down'),
      methods: ['submitReport'],
    });
    await outbox.add(sampleReport(1));
    await until(() => statusOf(outbox) === 'retrying');
    network.goOnline();
    await until(() => statusOf(outbox) === 'sent');
    backend.faults.failNext(1, {
      error: () => new BackendError('rate_limited', 'slow down', { retryAfterMs: 30_000 }),
      methods: ['submitReport'],
    });
    await outbox.add(sampleReport(2));
    await until(() => statusOf(outbox, 1) === 'retrying');
    network.goOnline();
    await settle();
    expect(statusOf(outbox, 1)).toBe('retrying');
    await vi.advanceTimersByTimeAsync(30_000);
    await until(() => statusOf(outbox, 1) === 'sent');
  });
});
