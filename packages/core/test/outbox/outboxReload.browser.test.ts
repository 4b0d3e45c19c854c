import { afterEach, describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/backend/memory/seededRandom.ts';
import { type MemoryBackend, memoryBackend } from '../../src/backend/memoryBackend.ts';
import { BackendError } from '../../src/errors/BackendError.ts';
import type { Outbox } from '../../src/outbox/Outbox.ts';
import { sampleReport } from './outboxFixtures.ts';

const REPORTS = 200;
const RELOADS = 5;

/** What the fixture page and this frame share through `window`. */
type TestWindow = Window & {
  __destekTestBackend?: MemoryBackend;
  __outbox?: Outbox;
  Array?: unknown;
};
const testWindow = window as unknown as TestWindow;
const inFrame = (target: HTMLIFrameElement) => target.contentWindow as unknown as TestWindow | null;

let frame: HTMLIFrameElement | undefined;
let secondTab: HTMLIFrameElement | undefined;

afterEach(() => {
  frame?.remove();
  frame = undefined;
  secondTab?.remove();
  secondTab = undefined;
  delete testWindow.__destekTestBackend;
});

async function waitFor(check: () => boolean, timeoutMs = 60_000): Promise<void> {
  const started = performance.now();
  while (!check()) {
    if (performance.now() - started > timeoutMs) throw new Error('Timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Loads (or reloads) the page and waits until its outbox has read IndexedDB. */
async function pageOutbox(db: string, reload: boolean): Promise<Outbox> {
  if (!frame) {
    frame = document.createElement('iframe');
    document.body.append(frame);
  }
  return loadInto(frame, db, reload);
}

async function loadInto(target: HTMLIFrameElement, db: string, reload: boolean): Promise<Outbox> {
  const previousRealm = inFrame(target)?.Array;
  const loaded = new Promise((resolve) => target.addEventListener('load', resolve, { once: true }));
  if (reload) inFrame(target)?.location.reload();
  else target.src = new URL(`../fixtures/outboxPage.html?db=${db}`, import.meta.url).href;
  await loaded;
  // A real reload: the page runs in a new JavaScript realm.
  if (reload) expect(inFrame(target)?.Array).not.toBe(previousRealm);
  await waitFor(() => inFrame(target)?.__outbox !== undefined);
  const outbox = inFrame(target)?.__outbox;
  if (!outbox) throw new Error('The page made no outbox');
  await outbox.ready;
  return outbox;
}

async function queueOfflineThenReload(
  db: string,
): Promise<{ backend: MemoryBackend; outbox: Outbox }> {
  const backend = memoryBackend();
  await backend.connect({ anonId: 'anon_reload_test_1' });
  testWindow.__destekTestBackend = backend;
  // Offline: every call fails as a dropped connection would.
  backend.faults.failRate(1, { error: () => new BackendError('offline', 'Failed to fetch') });
  let outbox = await pageOutbox(db, false);
  for (let n = 1; n <= REPORTS; n += 1) await outbox.add(sampleReport(n));
  expect(outbox.state.value.pending).toBe(REPORTS);
  for (let reload = 1; reload <= RELOADS; reload += 1) {
    outbox = await pageOutbox(db, true);
    // A fresh page finds every report again in IndexedDB.
    expect(outbox.entries.value).toHaveLength(REPORTS);
    expect(outbox.state.value.storage).toBe('persistent');
  }
  expect(backend.world.tickets.size).toBe(0);
  return { backend, outbox };
}

function expectEachOnce(backend: MemoryBackend): void {
  expectEachOnceOf(backend, REPORTS);
}

function expectEachOnceOf(backend: MemoryBackend, count: number): void {
  const summaries = [...backend.world.tickets.values()].map((t) => t.report?.summary);
  expect(summaries).toHaveLength(count);
  expect(new Set(summaries).size).toBe(count);
  const keys = [...backend.world.tickets.values()].map((t) => t.report?.clientReportId);
  expect(new Set(keys).size).toBe(count);
}

async function expectNothingLeft(db: string): Promise<void> {
  const fresh = await pageOutbox(db, true);
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(fresh.entries.value).toHaveLength(0);
}

describe('outbox across real page reloads', () => {
  it('delivers 200 reports queued offline across 5 reloads, each exactly once', async () => {
    const db = `clean-${Date.now()}`;
    const { backend } = await queueOfflineThenReload(db);
    backend.faults.clear();
    frame?.contentWindow?.dispatchEvent(new Event('online'));
    await waitFor(() => backend.world.tickets.size === REPORTS);
    const outbox = (frame ? inFrame(frame) : null)?.__outbox;
    await waitFor(() => outbox?.state.value.pending === 0);
    expectEachOnce(backend);
    expect(outbox?.counters.value.sent).toBe(REPORTS);
    await expectNothingLeft(db);
  });

  it('delivers them exactly once when 30% of sends fail at random and the page reloads mid-send', async () => {
    const db = `flaky-${Date.now()}`;
    const { backend } = await queueOfflineThenReload(db);
    backend.faults.clear();
    let submits = 0;
    const submit = backend.submitReport;
    backend.submitReport = (...args) => {
      submits += 1;
      return submit(...args);
    };
    const pick = seededRandom(7);
    const offline = () => new BackendError('offline', 'Failed to fetch');
    const kinds = [
      offline,
      () => new BackendError('server', 'Bad Gateway', { status: 502 }),
      () =>
        new BackendError('rate_limited', 'Too Many Requests', { status: 429, retryAfterMs: 30 }),
    ];
    // Half the failures happen before the backend acts, half after it stored the
    // report (the acknowledgement is lost): 0.15 + 0.85 × 0.176 ≈ 0.30.
    backend.faults.failRate(0.15, {
      seed: 5,
      methods: ['submitReport'],
      error: () => (kinds[Math.floor(pick() * kinds.length)] ?? offline)(),
    });
    backend.faults.failRate(0.176, {
      seed: 6,
      methods: ['submitReport'],
      when: 'after',
      error: () => new BackendError('offline', 'Connection reset'),
    });
    frame?.contentWindow?.dispatchEvent(new Event('online'));
    // Reload twice while sending: whatever was in flight is sent again by the next page.
    await waitFor(() => backend.world.tickets.size >= 60, 90_000);
    await pageOutbox(db, true);
    await waitFor(() => backend.world.tickets.size >= 130, 90_000);
    const outbox = await pageOutbox(db, true);
    await waitFor(() => backend.world.tickets.size === REPORTS, 90_000);
    await waitFor(() => outbox.state.value.pending === 0, 90_000);
    expectEachOnce(backend);
    // Seeds 5 and 6 fail 86 of the first 286 calls (30.1%); reloads add a few calls.
    const share = (backend.faults.injected.submitReport ?? 0) / submits;
    expect(share).toBeGreaterThan(0.25);
    expect(share).toBeLessThan(0.35);
    await expectNothingLeft(db);
  }, 120_000);

  it('sends each report from one tab only when two tabs share the queue', async () => {
    const db = `two-tabs-${Date.now()}`;
    const backend = memoryBackend();
    await backend.connect({ anonId: 'anon_two_tabs_test' });
    let submits = 0;
    const submit = backend.submitReport;
    backend.submitReport = (...args) => {
      submits += 1;
      return submit(...args);
    };
    testWindow.__destekTestBackend = backend;
    backend.faults.failRate(1, { error: () => new BackendError('offline', 'Failed to fetch') });
    const tabA = await pageOutbox(db, false);
    for (let n = 1; n <= 50; n += 1) await tabA.add(sampleReport(n));
    secondTab = document.createElement('iframe');
    document.body.append(secondTab);
    const tabB = await loadInto(secondTab, db, false);
    expect(tabB.entries.value).toHaveLength(50);
    backend.faults.clear();
    submits = 0;
    frame?.contentWindow?.dispatchEvent(new Event('online'));
    secondTab.contentWindow?.dispatchEvent(new Event('online'));
    await waitFor(() => backend.world.tickets.size === 50);
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Both tabs hold all 50; the lock lets only one of them send.
    expect(submits).toBe(50);
    expectEachOnceOf(backend, 50);
  });
});
