import { describe, expect, it } from 'vitest';
import { browserPlatform } from '../../src/config/browserPlatform.ts';
import type { NavigatorLike } from '../../src/config/Platform.ts';
import { resolveConfig } from '../../src/config/resolveConfig.ts';
import { collectContext } from '../../src/context/collectContext.ts';
import { readClientHints } from '../../src/context/readClientHints.ts';
import { plainBackend } from '../support/plainBackend.ts';

describe('context in Chromium', () => {
  it('reads browser and OS from User-Agent Client Hints', async () => {
    expect((navigator as NavigatorLike).userAgentData?.brands?.length).toBeGreaterThan(0);
    const hints = await readClientHints(navigator);
    expect(hints?.browser).toMatch(/^(?:Chromium|Chrome|HeadlessChrome) \d+\.\d+/);
    expect(hints?.os).toMatch(/^Linux/);
    expect(hints?.device).toBe('desktop');
  });

  it('collects every fact the page can give', async () => {
    history.replaceState(null, '', `${location.pathname}?order=8812&token=abc#access_token=x`);
    const config = resolveConfig({
      backend: plainBackend(),
      app: { name: 'Shop', version: '4.12.0' },
    });
    const facts = await collectContext(config, browserPlatform(), { clockSkewMs: -3200 });
    const keys = facts.map((f) => f.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        'app.name',
        'app.version',
        'page.url',
        'browser',
        'os',
        'device',
        'viewport',
        'screen',
        'screen.pixelRatio',
        'language',
        'timeZone',
        'network.online',
        'clock.skew',
      ]),
    );
    const url = facts.find((f) => f.key === 'page.url')?.value ?? '';
    expect(url).toContain('order=8812');
    expect(url).not.toMatch(/token|abc/);
    expect(facts.find((f) => f.key === 'viewport')?.value).toBe(`${innerWidth}×${innerHeight}`);
    expect(facts.find((f) => f.key === 'clock.skew')?.value).toBe('-3 s');
    expect(facts.find((f) => f.key === 'network.online')?.value).toBe('yes');
  });
});
