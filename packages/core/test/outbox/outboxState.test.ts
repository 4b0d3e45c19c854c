import { effect } from '@preact/signals-core';
import { describe, expect, it } from 'vitest';
import { memoryBackend } from '../../src/backend/memoryBackend.ts';
import { createOutbox } from '../../src/outbox/createOutbox.ts';
import type { KeyValueStore } from '../../src/outbox/KeyValueStore.ts';
import { memoryKeyValueStore } from '../../src/outbox/KeyValueStore.ts';
import type { OutboxEntryState } from '../../src/outbox/OutboxEntry.ts';
import { localLock } from '../../src/outbox/SendLock.ts';
import { fakeNetwork, sampleReport, until } from './outboxFixtures.ts';

async function connectedBackend() {
  const backend = memoryBackend();
  await backend.connect({ anonId: 'anon_state_test_01' });
  return backend;
}

describe('outbox state', () => {
  it('exposes read-only signals that only its actions change', async () => {
    const outbox = createOutbox({
      backend: await connectedBackend(),
      storage: null,
      network: fakeNetwork(false),
      lock: localLock(),
    });
    expect(() => {
      (outbox.state as { value: unknown }).value = { storage: 'persistent' };
    }).toThrow();
    await outbox.add(sampleReport());
    expect(outbox.state.value.pending).toBe(1);
  });

  it('lets a host without Preact follow every state of a report with effect()', async () => {
    const backend = await connectedBackend();
    const outbox = createOutbox({
      backend,
      storage: null,
      network: fakeNetwork(),
      lock: localLock(),
    });
    const seen: OutboxEntryState['status'][] = [];
    const entry = await outbox.add(sampleReport());
    const stop = effect(() => {
      const status = entry.state.value.status;
      if (seen.at(-1) !== status) seen.push(status);
    });
    await until(() => entry.state.value.status === 'sent');
    stop();
    expect(seen.at(-1)).toBe('sent');
    await outbox.discard(entry.id);
    expect(outbox.entries.value).toHaveLength(0);
  });

  it('says storage is full when IndexedDB runs out of quota, and keeps the report in memory', async () => {
    const backend = await connectedBackend();
    const store: KeyValueStore = {
      ...memoryKeyValueStore(),
      setMany: async () => {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      },
    };
    const network = fakeNetwork(false);
    const outbox = createOutbox({ backend, storage: store, network, lock: localLock() });
    await outbox.add(sampleReport());
    expect(outbox.state.value).toMatchObject({ storage: 'memory', pending: 1 });
    expect(outbox.state.value.error?.code).toBe('storage_full');
    expect(outbox.counters.value.storage_unavailable).toBe(1);
    network.goOnline();
    await until(() => outbox.state.value.pending === 0);
    expect(backend.world.tickets.size).toBe(1);
  });
});
