import type { KeyValueStore } from '../../src/outbox/KeyValueStore.ts';
import type { OutboxReport } from '../../src/outbox/OutboxEntry.ts';
import type { NetworkStatus } from '../../src/outbox/platform.ts';

/** A valid report, numbered so runs with many of them can tell them apart. */
export function sampleReport(n = 1): OutboxReport {
  return {
    summary: `Deposit ${n} did not arrive`,
    stepsTried: ['Logged out and in again'],
    expected: 'The balance goes up',
    observed: `Error PMT-105 on deposit ${n}`,
    category: 'payment',
    priority: 'urgent',
    errorCode: 'PMT-105',
    locale: 'tr-TR',
    context: [{ key: 'app.version', value: '4.2.0' }],
  };
}

/** A tiny real PNG header, enough for the memory backend's type sniffing. */
export function pngFile(bytes = 64): Blob {
  const data = new Uint8Array(bytes);
  data.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Blob([data], { type: 'image/png' });
}

/** A network whose state the test flips; `goOnline` fires the listeners as the browser would. */
export function fakeNetwork(
  online = true,
): NetworkStatus & { goOnline(): void; goOffline(): void } {
  let state = online;
  const listeners = new Set<() => void>();
  return {
    isOnline: () => state,
    onOnline(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    goOnline() {
      state = true;
      for (const listener of listeners) listener();
    },
    goOffline() {
      state = false;
    },
  };
}

/** A store that fails every call, as IndexedDB does in some private modes. */
export function brokenStore(): KeyValueStore {
  const fail = async (): Promise<never> => {
    throw new DOMException(
      'The operation failed for reasons unrelated to the database itself',
      'UnknownError',
    );
  };
  return { get: fail, setMany: fail, delMany: fail, keys: fail };
}

/** Lets pending promises and real async work (Web Crypto) finish, under fake timers too. */
export async function settle(turns = 20): Promise<void> {
  for (let i = 0; i < turns; i += 1) await new Promise<void>((resolve) => setImmediate(resolve));
}

/**
 * Waits, turn by turn, until `check` holds: at least `turns` turns and at
 * least `ms` of real time, because Web Crypto digests run off the event loop
 * and a loaded CI machine can need many more turns than a quiet one.
 * (`performance.now` is not faked by vitest's default fake timers.)
 */
export async function until(check: () => boolean, turns = 2000, ms = 10_000): Promise<void> {
  const start = performance.now();
  for (let i = 0; i < turns || performance.now() - start < ms; i += 1) {
    if (check()) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  throw new Error('Condition not reached');
}
