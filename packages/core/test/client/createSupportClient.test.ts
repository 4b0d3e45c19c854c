import { describe, expect, it } from 'vitest';
import { memoryBackend } from '../../src/backend/memoryBackend.ts';
import { createSupportClient } from '../../src/client/createSupportClient.ts';
import type { SupportClient } from '../../src/client/SupportClient.ts';
import { BackendError } from '../../src/errors/BackendError.ts';
import { isDestekError } from '../../src/errors/DestekError.ts';

// Memory storage stands in for IndexedDB here (Node has none); the browser
// tests of the outbox and drafts use the real thing.
const memory = { outbox: null, drafts: null, visitor: new Map<string, string>() };
const visitorStore = () => {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
  };
};

function fill(client: SupportClient) {
  client.report.update({
    summary: 'Para yatırma başarısız — PMT-105',
    observed: 'Kartım 4111 1111 1111 1111 reddedildi ama para çekildi',
    category: 'payment',
    priority: 'urgent',
    contact: { email: 'ayse@example.com', name: 'Ayşe' },
  });
  client.report.addStep('Uygulamayı yeniden başlattım');
}

async function waitFor<T>(check: () => T | undefined, ms = 3000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('createSupportClient', () => {
  it('files a report through the outbox and the backend lists it with its reference', async () => {
    const backend = memoryBackend();
    const client = await createSupportClient(
      { backend, locale: 'tr' },
      { ...memory, visitor: visitorStore() },
    );
    fill(client);
    const entry = await client.send();
    const state = await waitFor(() => {
      const s = entry.state.value;
      return s.status === 'sent' ? s : undefined;
    });
    expect(state.receipt.reference).toMatch(/^DT-/);
    const tickets = await client.listTickets();
    expect(tickets.map((t) => t.reference)).toEqual([state.receipt.reference]);
    // The draft is cleared once the report is saved.
    expect(client.report.draft.value.summary).toBe('');
    client.destroy();
  });

  it('redacts before sending and says what it hid', async () => {
    const backend = memoryBackend();
    const client = await createSupportClient({ backend }, { ...memory, visitor: visitorStore() });
    fill(client);
    const preview = await client.review();
    expect(preview.observed).not.toContain('4111 1111 1111 1111');
    expect(preview.findings).toContainEqual({ kind: 'card', count: 1 });
    const entry = await client.send();
    await waitFor(() => (entry.state.value.status === 'sent' ? true : undefined));
    const [summary] = await client.listTickets();
    const ticket = await client.getTicket(summary?.id ?? '');
    expect(JSON.stringify(ticket)).not.toContain('4111');
    client.destroy();
  });

  it('refuses to send an incomplete draft with the blocking fields', async () => {
    const client = await createSupportClient(
      { backend: memoryBackend() },
      { ...memory, visitor: visitorStore() },
    );
    client.report.update({ summary: 'Giriş yapamıyorum' });
    const error = await client.send().catch((e: unknown) => e);
    expect(isDestekError(error)).toBe(true);
    expect(client.report.draft.value.summary).toBe('Giriş yapamıyorum');
    client.destroy();
  });

  it('keeps the report when the backend is offline at start, and sends it when it is back', async () => {
    const backend = memoryBackend();
    backend.faults.failNext(3, { error: () => new BackendError('offline', 'down') });
    const client = await createSupportClient({ backend }, { ...memory, visitor: visitorStore() });
    fill(client);
    const entry = await client.send();
    expect(['saved-waiting', 'retrying', 'sending']).toContain(entry.state.value.status);
    await client.outbox.flush();
    await waitFor(() => (entry.state.value.status === 'sent' ? true : undefined), 10_000);
    client.destroy();
  }, 15_000);

  it('checks files one by one and names the limit broken', async () => {
    const client = await createSupportClient(
      { backend: memoryBackend() },
      { ...memory, visitor: visitorStore() },
    );
    const png = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'ekran.png', {
      type: 'image/png',
    });
    const svg = new File(['<svg/>'], 'logo.svg', { type: 'image/svg+xml' });
    const empty = new File([], 'bos.txt', { type: 'text/plain' });
    const rejected = client.addFiles([png, svg, empty]);
    expect(rejected).toEqual([
      { name: 'logo.svg', code: 'type' },
      { name: 'bos.txt', code: 'empty' },
    ]);
    expect(client.files.value.map((f) => f.name)).toEqual(['ekran.png']);
    client.destroy();
  });

  it('keeps the same anonymous visitor id across clients of one browser', async () => {
    const store = visitorStore();
    const a = await createSupportClient(
      { backend: memoryBackend() },
      { ...memory, visitor: store },
    );
    const first = store.getItem('destek:visitor');
    const b = await createSupportClient(
      { backend: memoryBackend() },
      { ...memory, visitor: store },
    );
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(store.getItem('destek:visitor')).toBe(first);
    a.destroy();
    b.destroy();
  });
});

describe('files in the draft', () => {
  it('come back after a reload, and go once the report is saved to the outbox', async () => {
    const { memoryKeyValueStore } = await import('../../src/outbox/KeyValueStore.ts');
    const drafts = memoryKeyValueStore();
    const storage = { outbox: null, drafts, visitor: visitorStore() };
    const first = await createSupportClient({ backend: memoryBackend() }, storage);
    first.addFiles([new File(['line 1\nline 2\n'], 'app.log', { type: 'text/plain' })]);
    await new Promise((resolve) => setTimeout(resolve, 600)); // past the autosave debounce
    first.destroy();

    const second = await createSupportClient({ backend: memoryBackend() }, storage);
    expect(second.files.value.map((file) => [file.name, file.bytes])).toEqual([['app.log', 14]]);
    expect(await second.files.value[0]?.blob.text()).toBe('line 1\nline 2\n');
    fill(second);
    await second.send();
    second.destroy();

    const third = await createSupportClient({ backend: memoryBackend() }, storage);
    expect(third.files.value).toEqual([]);
    third.destroy();
  });
});

describe('a crash between saving to the outbox and clearing the draft', () => {
  it('does not bring back the draft of a report already on its way', async () => {
    const { memoryKeyValueStore } = await import('../../src/outbox/KeyValueStore.ts');
    const outbox = memoryKeyValueStore();
    const drafts = memoryKeyValueStore();
    // The clearing never lands, as when the browser dies right after the outbox write.
    const crashing = { ...drafts, delMany: () => Promise.reject(new Error('killed')) };
    const backend = memoryBackend();
    backend.faults.failNext(100, { error: () => new BackendError('offline', 'offline') });
    const first = await createSupportClient(
      { backend },
      { outbox, drafts: crashing, visitor: visitorStore() },
    );
    fill(first);
    first.addFiles([new File(['x'], 'app.log', { type: 'text/plain' })]);
    await first.send();
    first.destroy();
    const kept = await drafts.get<{ value: { summary: string } }>('draft:report');
    expect(kept?.value.summary).toContain('PMT-105');

    const second = await createSupportClient(
      { backend: memoryBackend() },
      { outbox, drafts, visitor: visitorStore() },
    );
    expect(second.report.draft.value.summary).toBe('');
    expect(second.files.value).toEqual([]);
    expect(second.outbox.entries.value).toHaveLength(1);
    second.destroy();
  });

  it('keeps the draft when the outbox write itself did not land', async () => {
    const { memoryKeyValueStore } = await import('../../src/outbox/KeyValueStore.ts');
    const drafts = memoryKeyValueStore();
    const first = await createSupportClient(
      { backend: memoryBackend() },
      { outbox: null, drafts, visitor: visitorStore() },
    );
    fill(first);
    // What a crash before the outbox write leaves: the draft marked, no entry.
    await drafts.setMany([
      [
        'draft:report',
        { value: { ...first.report.draft.value, sentAs: 'never-saved' }, savedAt: 1 },
      ],
    ]);
    first.destroy();
    const second = await createSupportClient(
      { backend: memoryBackend() },
      { outbox: null, drafts, visitor: visitorStore() },
    );
    expect(second.report.draft.value.summary).toContain('PMT-105');
    second.destroy();
  });
});
