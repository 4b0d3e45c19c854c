import { afterEach, describe, expect, it } from 'vitest';
import { type CaptureRings, installCaptureRings } from '../../src/context/installCaptureRings.ts';

// A port nothing listens on: the fetch fails with a real connection refusal.
// (Low ports such as 9 are on Chromium's blocked list and would fail for another reason.)
const CLOSED = 'http://127.0.0.1:65534';

const settle = (ms = 50) => new Promise((resolve) => setTimeout(resolve, ms));

type Listener = [string, unknown, boolean];

/** Records window listener additions and removals, to prove uninstall removes exactly what install added. */
function watchListeners() {
  const added: Listener[] = [];
  const removed: Listener[] = [];
  const add = window.addEventListener;
  const remove = window.removeEventListener;
  const capture = (options: unknown) =>
    typeof options === 'boolean'
      ? options
      : Boolean((options as { capture?: boolean } | undefined)?.capture);
  window.addEventListener = function (
    this: Window,
    ...args: Parameters<Window['addEventListener']>
  ) {
    added.push([args[0], args[1], capture(args[2])]);
    return Reflect.apply(add, this, args);
  } as Window['addEventListener'];
  window.removeEventListener = function (
    this: Window,
    ...args: Parameters<Window['removeEventListener']>
  ) {
    removed.push([args[0], args[1], capture(args[2])]);
    return Reflect.apply(remove, this, args);
  } as Window['removeEventListener'];
  return {
    added,
    removed,
    restore() {
      window.addEventListener = add;
      window.removeEventListener = remove;
    },
  };
}

describe('capture rings in Chromium', () => {
  let rings: CaptureRings | undefined;
  afterEach(() => {
    rings?.uninstall();
    rings = undefined;
  });

  it('captures console.error, redacted, and leaves the real console working', () => {
    rings = installCaptureRings({ console: true });
    const result = console.error('card 4111 1111 1111 1111 was declined');
    expect(result).toBeUndefined();
    const [entry] = rings.snapshot().console;
    expect(entry?.message).toMatch(/was declined/);
    expect(entry?.message).not.toMatch(/4111 1111 1111 1111/);
  });

  it('captures an unhandled rejection and an uncaught error, redacted', async () => {
    rings = installCaptureRings({ errors: true });
    void Promise.reject(new Error('refund failed for IBAN TR33 0006 1005 1978 6457 8413 26'));
    setTimeout(() => {
      throw new RangeError('password=hunter2 rejected');
    });
    await settle();
    const errors = rings.snapshot().errors;
    const rejection = errors.find((e) => e.kind === 'rejection');
    const uncaught = errors.find((e) => e.kind === 'error');
    expect(rejection?.message).toMatch(/^Error: refund failed for IBAN/);
    expect(rejection?.message).not.toMatch(/TR33 0006/);
    expect(uncaught?.message).toMatch(/^RangeError: /);
    expect(uncaught?.message).not.toMatch(/hunter2/);
    expect(uncaught?.source).toMatch(/captureRings\.browser\.test\.ts\S*:\d+:\d+$/);
  });

  it('captures a failed fetch and a failed XHR to a closed port, without secrets or bodies', async () => {
    rings = installCaptureRings({ network: true });
    const pending = fetch(`${CLOSED}/v1/pay?order=8812&token=abc123`, {
      method: 'POST',
      body: 'card=4111111111111111',
    });
    await expect(pending).rejects.toThrow(TypeError);
    await new Promise<void>((resolve) => {
      const xhr = new XMLHttpRequest();
      xhr.open('get', `${CLOSED}/v1/status?session=s3cr3t`);
      xhr.addEventListener('loadend', () => resolve());
      xhr.send();
    });
    await settle();
    const requests = rings.snapshot().requests;
    expect(requests).toHaveLength(2);
    expect(requests[0]).toMatchObject({
      kind: 'request',
      method: 'POST',
      url: `${CLOSED}/v1/pay?order=8812`,
      status: null,
      error: 'TypeError',
    });
    expect(requests[1]).toMatchObject({
      method: 'GET',
      url: `${CLOSED}/v1/status`,
      status: null,
      error: 'error',
    });
    expect(JSON.stringify(requests)).not.toMatch(/abc123|s3cr3t|4111/);
    for (const request of requests) expect(request.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('returns the very promise fetch made and keeps `this` binding rules', async () => {
    const before = window.fetch;
    rings = installCaptureRings({ network: true });
    expect(window.fetch).not.toBe(before);
    // Called unbound, fetch still works: the wrapper forwards `this` as given (undefined → window).
    const unbound = window.fetch;
    await expect(unbound(`${CLOSED}/x`)).rejects.toThrow(TypeError);
    // A wrong `this` rejects with the same "Illegal invocation" the original gives.
    const ours = Reflect.apply(window.fetch, {}, ['/x']) as Promise<Response>;
    const theirs = Reflect.apply(before, {}, ['/x']) as Promise<Response>;
    const [a, b] = await Promise.allSettled([ours, theirs]);
    expect(a?.status).toBe('rejected');
    expect(String(a?.status === 'rejected' && a.reason)).toBe(
      String(b?.status === 'rejected' && b.reason),
    );
  });

  it('puts console.error, fetch, XHR and window listeners back exactly on uninstall', async () => {
    const listeners = watchListeners();
    try {
      const before = {
        error: Object.getOwnPropertyDescriptor(console, 'error'),
        fetch: Object.getOwnPropertyDescriptor(window, 'fetch'),
        open: Object.getOwnPropertyDescriptor(XMLHttpRequest.prototype, 'open'),
        send: Object.getOwnPropertyDescriptor(XMLHttpRequest.prototype, 'send'),
      };
      const installed = installCaptureRings({ console: true, errors: true, network: true });
      expect(console.error).not.toBe(before.error?.value);
      expect(window.fetch).not.toBe(before.fetch?.value);
      expect(listeners.added.map(([type]) => type)).toEqual(['error', 'unhandledrejection']);
      installed.uninstall();
      expect(Object.getOwnPropertyDescriptor(console, 'error')).toEqual(before.error);
      expect(Object.getOwnPropertyDescriptor(window, 'fetch')).toEqual(before.fetch);
      expect(Object.getOwnPropertyDescriptor(XMLHttpRequest.prototype, 'open')).toEqual(
        before.open,
      );
      expect(Object.getOwnPropertyDescriptor(XMLHttpRequest.prototype, 'send')).toEqual(
        before.send,
      );
      expect(listeners.removed).toEqual(listeners.added);
      // Nothing is recorded any more. (The test's own listener keeps vitest from
      // treating the synthetic error as a failure of the run.)
      const handled = (event: Event) => event.preventDefault();
      window.addEventListener('error', handled);
      console.error('after uninstall');
      window.dispatchEvent(new ErrorEvent('error', { message: 'late', error: new Error('late') }));
      window.removeEventListener('error', handled);
      await settle(10);
      expect(installed.snapshot().console).toEqual([]);
      expect(installed.snapshot().errors).toEqual([]);
    } finally {
      listeners.restore();
    }
  });

  it('leaves a fetch patch the host added after us in place', async () => {
    const original = window.fetch;
    const installed = installCaptureRings({ network: true });
    const ours = window.fetch;
    const hostCalls: string[] = [];
    const hostPatch = function (this: unknown, ...args: Parameters<typeof fetch>) {
      hostCalls.push(String(args[0]));
      return Reflect.apply(ours, this, args) as ReturnType<typeof fetch>;
    };
    window.fetch = hostPatch;
    try {
      installed.uninstall();
      expect(window.fetch).toBe(hostPatch);
      await expect(window.fetch(`${CLOSED}/after`)).rejects.toThrow(TypeError);
      await settle(10);
      expect(hostCalls).toEqual([`${CLOSED}/after`]);
      expect(installed.snapshot().requests).toEqual([]);
    } finally {
      window.fetch = original;
    }
  });
});
