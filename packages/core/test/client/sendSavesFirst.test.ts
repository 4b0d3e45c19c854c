import type { Report } from '@destek/protocol';
import { describe, expect, it } from 'vitest';
import { memoryBackend } from '../../src/backend/memoryBackend.ts';
import type { SupportBackend } from '../../src/backend/SupportBackend.ts';
import { createSupportClient } from '../../src/client/createSupportClient.ts';
import type { SupportClient } from '../../src/client/SupportClient.ts';
import { memoryKeyValueStore } from '../../src/outbox/KeyValueStore.ts';

// Found by the widget's chaos trials (packages/widget/test/chaos): Send used to
// wait for a status() round trip (the diagnostics) before saving the report,
// so a page closed or a browser killed during that request lost the report.

function visitorStore() {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
  };
}

function fill(client: SupportClient) {
  client.report.update({
    summary: 'My deposit has not arrived',
    observed: 'PMT-105: transaction declined',
    category: 'payment',
    contact: { email: 'ayla@example.com', name: '' },
  });
}

/**
 * The backend with every call recorded, each with whether the outbox had a
 * report saved at that moment; `hold` keeps every call pending (a network
 * that crawls) until `release`.
 */
function recorded(backend: SupportBackend, saved: () => Promise<boolean>) {
  const calls: Array<{ name: string; saved: Promise<boolean> }> = [];
  let release: () => void = () => {};
  const held = new Promise<void>((done) => {
    release = done;
  });
  let hold = false;
  const proxy = new Proxy(backend, {
    get(target, name, receiver) {
      const value: unknown = Reflect.get(target, name, receiver);
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        calls.push({ name: String(name), saved: saved() });
        if (hold) await held;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return {
    backend: proxy,
    calls,
    hold: () => {
      hold = true;
    },
    release,
  };
}

describe('send', () => {
  it('saves the report in the outbox before making any request', async () => {
    const outbox = memoryKeyValueStore();
    const hasEntry = async () => (await outbox.keys()).some((key) => key.startsWith('entry:'));
    const spy = recorded(memoryBackend(), hasEntry);
    const client = await createSupportClient(
      { backend: spy.backend },
      { outbox, drafts: null, visitor: visitorStore() },
    );
    fill(client);
    // Every request from here on crawls: Send must not wait for one.
    spy.hold();
    try {
      const entry = await Promise.race([
        client.send(),
        new Promise<null>((done) => setTimeout(() => done(null), 2000)),
      ]);
      expect(entry, 'Send waited for a request before saving').not.toBeNull();
      expect(await hasEntry()).toBe(true);
      const calls = await Promise.all(
        spy.calls.map(async (call) => ({ name: call.name, saved: await call.saved })),
      );
      expect(calls.filter((call) => !call.saved)).toEqual([]);
    } finally {
      // Lets the held calls end, so this outbox lets go of the send lock.
      spy.release();
      client.destroy();
    }
  });

  it("writes the report only after a first visit's visitor id is on disk", async () => {
    // The client starts without waiting for that write (it is the slowest
    // storage step of a first visit); a report saved before it could come
    // back after a crash under a visitor id the browser no longer knows.
    const order: string[] = [];
    let finishVisitor: () => void = () => {};
    const visitorCopy = memoryKeyValueStore();
    const outbox = memoryKeyValueStore();
    const client = await createSupportClient(
      { backend: memoryBackend() },
      {
        drafts: null,
        visitor: visitorStore(),
        visitorBackup: {
          ...visitorCopy,
          setMany: (entries) =>
            new Promise<void>((done) => {
              finishVisitor = () => {
                order.push('visitor');
                void visitorCopy.setMany(entries).then(done);
              };
            }),
        },
        outbox: {
          ...outbox,
          setMany: (entries) => {
            if (entries.some(([key]) => key.startsWith('entry:'))) order.push('report');
            return outbox.setMany(entries);
          },
        },
      },
    );
    fill(client);
    const sending = client.send();
    await new Promise((done) => setTimeout(done, 20));
    expect(order).toEqual([]);
    finishVisitor();
    await sending;
    expect(order).toEqual(['visitor', 'report']);
    client.destroy();
  });

  it('reports the backend, latency and clock skew that review measured', async () => {
    const sent: Report[] = [];
    const backend = memoryBackend();
    const submit = backend.submitReport.bind(backend);
    backend.submitReport = (report, options) => {
      sent.push(report);
      return submit(report, options);
    };
    const client = await createSupportClient(
      { backend },
      { outbox: null, drafts: null, visitor: visitorStore() },
    );
    fill(client);
    await client.review();
    // The measurement runs behind the review; it is a round trip to a memory backend.
    await new Promise((done) => setTimeout(done, 50));
    await client.send();
    await client.outbox.flush();
    const report = sent[0];
    expect(report?.diagnostics?.find((d) => d.id === 'backend')?.status).toBe('ok');
    expect(report?.diagnostics?.find((d) => d.id === 'latency')?.status).toBe('ok');
    expect(report?.context.some((fact) => fact.key === 'clock.skew')).toBe(true);
    client.destroy();
  });

  it('sends without the backend checks when Send comes before any review', async () => {
    const sent: Report[] = [];
    const backend = memoryBackend();
    const submit = backend.submitReport.bind(backend);
    backend.submitReport = (report, options) => {
      sent.push(report);
      return submit(report, options);
    };
    const client = await createSupportClient(
      { backend },
      { outbox: null, drafts: null, visitor: visitorStore() },
    );
    fill(client);
    await client.send();
    await client.outbox.flush();
    const backendCheck = sent[0]?.diagnostics?.find((d) => d.id === 'backend');
    expect(backendCheck?.status).not.toBe('ok');
    expect(sent[0]?.context.some((fact) => fact.key === 'clock.skew')).toBe(false);
    client.destroy();
  });
});
