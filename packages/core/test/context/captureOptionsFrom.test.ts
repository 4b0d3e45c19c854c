import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/resolveConfig.ts';
import { captureOptionsFrom } from '../../src/context/captureOptionsFrom.ts';
import { installCaptureRings } from '../../src/context/installCaptureRings.ts';
import { plainBackend } from '../support/plainBackend.ts';

describe('captureOptionsFrom', () => {
  it('captures nothing unless the site opted in', () => {
    const options = captureOptionsFrom(resolveConfig({ backend: plainBackend(), platform: {} }));
    expect(options).toMatchObject({ console: false, errors: false, network: false, size: 20 });
  });

  it('follows the privacy switches, ring size, clock and e-mail policy', () => {
    const config = resolveConfig({
      backend: plainBackend(),
      platform: {},
      privacy: { captureConsole: true, email: 'keep' },
      limits: { ringEntries: 2 },
      clock: () => 7,
    });
    const options = captureOptionsFrom(config);
    expect(options).toMatchObject({ console: true, errors: true, network: false, size: 2 });
    const log = { error: (..._args: unknown[]) => undefined };
    const rings = installCaptureRings({ ...options, target: { console: log } });
    log.error('mail ayse@example.com, card 4111 1111 1111 1111');
    log.error('second');
    log.error('third');
    rings.uninstall();
    const entries = rings.snapshot().console;
    expect(entries.map((e) => e.message)).toEqual(['second', 'third']);
    const first = installCaptureRings({ ...options, target: { console: log } });
    log.error('mail ayse@example.com, card 4111 1111 1111 1111');
    first.uninstall();
    const [entry] = first.snapshot().console;
    expect(entry?.at).toBe(7);
    expect(entry?.message).toContain('ayse@example.com');
    expect(entry?.message).not.toContain('4111 1111 1111 1111');
  });
});
