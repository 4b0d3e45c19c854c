import { describe, expect, it } from 'vitest';
import { type CaptureTarget, installCaptureRings } from '../../src/context/installCaptureRings.ts';

// Plain objects stand in for `console` and the global scope: the behaviours under test
// (forwarding `this`, returns, throws; unwinding patches) do not depend on a browser.
// The same rings are tested against real window/console/fetch in captureRings.browser.test.ts.
function fakeScope() {
  const calls: unknown[][] = [];
  const console = {
    prefix: 'host',
    error(this: { prefix: string }, ...args: unknown[]) {
      calls.push([this.prefix, ...args]);
      if (args[0] === 'throw') throw new TypeError('host logger failed');
      return 'host-return';
    },
  };
  const scope = { console } as CaptureTarget & { console: typeof console };
  return { scope, console, calls };
}

const mask = (text: string) => text.replace(/tok_[a-z0-9]+/g, '[token]');

describe('capture rings', () => {
  it('records console.error calls redacted, forwarding this, arguments and the return value', () => {
    const { scope, console, calls } = fakeScope();
    const original = console.error;
    const rings = installCaptureRings({
      console: true,
      target: scope,
      redact: mask,
      clock: () => 42,
    });
    expect(console.error).not.toBe(original);
    expect(console.error('payment failed', { token: 'tok_abc123' })).toBe('host-return');
    expect(calls).toEqual([['host', 'payment failed', { token: 'tok_abc123' }]]);
    expect(rings.snapshot().console).toEqual([
      { kind: 'console', at: 42, message: 'payment failed {"token":"[token]"}' },
    ]);
    rings.uninstall();
    expect(console.error).toBe(original);
    expect(Object.getOwnPropertyDescriptor(console, 'error')?.enumerable).toBe(true);
  });

  it('lets the host logger throw exactly as before, and still records the call', () => {
    const { scope, console } = fakeScope();
    const rings = installCaptureRings({ console: true, target: scope });
    expect(() => console.error('throw')).toThrow(new TypeError('host logger failed'));
    expect(rings.snapshot().console).toHaveLength(1);
    rings.uninstall();
  });

  it('keeps only the last entries, oldest first', () => {
    const { scope, console } = fakeScope();
    const rings = installCaptureRings({ console: true, target: scope, size: 3 });
    for (let i = 1; i <= 5; i += 1) console.error(`e${i}`);
    expect(rings.snapshot().console.map((e) => e.message)).toEqual(['e3', 'e4', 'e5']);
    rings.uninstall();
  });

  it('does not clobber a patch the host added after us, and stops recording through it', () => {
    const { scope, console, calls } = fakeScope();
    const rings = installCaptureRings({ console: true, target: scope });
    const ours = console.error;
    const hostPatch = function (this: unknown, ...args: unknown[]) {
      return Reflect.apply(ours, this, ['[host]', ...args]);
    };
    console.error = hostPatch;
    rings.uninstall();
    expect(console.error).toBe(hostPatch);
    expect(console.error('after')).toBe('host-return');
    expect(calls.at(-1)).toEqual(['host', '[host]', 'after']);
    expect(rings.snapshot().console).toEqual([]);
  });

  it('restores an inherited method by deleting its own copy', () => {
    const proto = { error: () => 'from-proto' };
    const inherited = Object.create(proto) as { error: () => string };
    const rings = installCaptureRings({ console: true, target: { console: inherited } });
    expect(Object.hasOwn(inherited, 'error')).toBe(true);
    rings.uninstall();
    expect(Object.hasOwn(inherited, 'error')).toBe(false);
    expect(inherited.error()).toBe('from-proto');
  });

  it('does not loop when the redactor itself logs an error', () => {
    const { scope, console } = fakeScope();
    const rings = installCaptureRings({
      console: true,
      target: scope,
      redact: (text) => {
        console.error('redactor complains');
        return text;
      },
    });
    console.error('first');
    expect(rings.snapshot().console.map((e) => e.message)).toEqual(['first']);
    rings.uninstall();
  });

  it('records failed fetches without changing the promise the caller gets', async () => {
    let t = 1000;
    const answers: Record<string, () => Promise<unknown>> = {
      '/ok': async () => ({ ok: true, status: 200 }),
      '/missing?token=tok_1&page=2': async () => ({ ok: false, status: 404 }),
      '/down': () => Promise.reject(new TypeError('Failed to fetch')),
    };
    const scope = {
      fetch(this: unknown, input: string) {
        t += 25;
        const answer = answers[input];
        if (!answer) throw new TypeError('bad input');
        return answer();
      },
    };
    const original = scope.fetch;
    const rings = installCaptureRings({ network: true, target: scope, clock: () => t });
    const pending = scope.fetch('/ok');
    await expect(pending).resolves.toEqual({ ok: true, status: 200 });
    await expect(scope.fetch('/missing?token=tok_1&page=2')).resolves.toMatchObject({
      status: 404,
    });
    await expect(scope.fetch('/down')).rejects.toThrow('Failed to fetch');
    expect(() => scope.fetch('/nowhere')).toThrow('bad input');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(rings.snapshot().requests).toEqual([
      {
        kind: 'request',
        at: 1025,
        method: 'GET',
        url: '/missing',
        status: 404,
        error: null,
        durationMs: 25,
      },
      {
        kind: 'request',
        at: 1050,
        method: 'GET',
        url: '/down',
        status: null,
        error: 'TypeError',
        durationMs: 25,
      },
    ]);
    rings.uninstall();
    expect(scope.fetch).toBe(original);
  });

  it('installs nothing that was not asked for', () => {
    const { scope, console } = fakeScope();
    const original = console.error;
    const rings = installCaptureRings({ target: scope });
    expect(console.error).toBe(original);
    rings.uninstall();
    rings.uninstall();
  });
});

describe('capture rings with the default redactor', () => {
  it('masks secrets with redactText when no redactor is given', () => {
    const { scope, console } = fakeScope();
    const rings = installCaptureRings({ console: true, target: scope });
    console.error('charge failed for card 4111 1111 1111 1111');
    rings.uninstall();
    const message = rings.snapshot().console[0]?.message ?? '';
    expect(message).toMatch(/^charge failed for card /);
    expect(message).not.toContain('4111 1111 1111 1111');
  });
});
