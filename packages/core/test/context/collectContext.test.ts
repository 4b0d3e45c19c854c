import { describe, expect, it } from 'vitest';
import type { Platform } from '../../src/config/Platform.ts';
import { resolveConfig } from '../../src/config/resolveConfig.ts';
import { collectContext } from '../../src/context/collectContext.ts';
import { readClientHints } from '../../src/context/readClientHints.ts';
import { withoutFacts } from '../../src/context/withoutFacts.ts';
import { plainBackend } from '../support/plainBackend.ts';

const firefoxUa = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';

const platform: Platform = {
  navigator: {
    userAgent: firefoxUa,
    language: 'tr-TR',
    onLine: true,
    connection: { effectiveType: '4g' },
  },
  href: 'https://user:pw@shop.example/odeme?order=8812&token=abc',
  viewport: { width: 1280, height: 720 },
  screen: { width: 1920, height: 1080 },
  devicePixelRatio: 1.5,
  timeZone: 'Europe/Istanbul',
};

const config = resolveConfig({
  backend: plainBackend(),
  app: { name: 'Shop', version: '4.12.0', build: '812', environment: 'production' },
  platform,
});

describe('collectContext', () => {
  it('lists app and device facts with a cleaned page URL', async () => {
    const facts = await collectContext(config, platform, { clockSkewMs: 241_400 });
    expect(facts).toEqual([
      { key: 'app.name', value: 'Shop' },
      { key: 'app.version', value: '4.12.0' },
      { key: 'app.build', value: '812' },
      { key: 'app.environment', value: 'production' },
      { key: 'page.url', value: 'https://shop.example/odeme?order=8812' },
      { key: 'browser', value: 'Firefox 133' },
      { key: 'os', value: 'Linux' },
      { key: 'device', value: 'desktop' },
      { key: 'viewport', value: '1280×720' },
      { key: 'screen', value: '1920×1080' },
      { key: 'screen.pixelRatio', value: '1.5' },
      { key: 'language', value: 'tr-TR' },
      { key: 'timeZone', value: 'Europe/Istanbul' },
      { key: 'network.online', value: 'yes' },
      { key: 'network.type', value: '4g' },
      { key: 'clock.skew', value: '+241 s' },
    ]);
  });

  it('leaves out what the platform does not know instead of sending blanks', async () => {
    const bare = resolveConfig({ backend: plainBackend(), platform: {} });
    expect(await collectContext(bare)).toEqual([{ key: 'app.name', value: 'app' }]);
  });

  it('prefers User-Agent Client Hints over the UA string where present', async () => {
    const withHints: Platform = {
      navigator: {
        userAgent:
          'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
        userAgentData: {
          brands: [
            { brand: 'Not_A Brand', version: '24' },
            { brand: 'Chromium', version: '131' },
            { brand: 'Google Chrome', version: '131' },
          ],
          mobile: false,
          platform: 'Windows',
          getHighEntropyValues: async () => ({
            platformVersion: '15.0.0',
            model: '',
            fullVersionList: [
              { brand: 'Not_A Brand', version: '24.0.0.0' },
              { brand: 'Chromium', version: '131.0.6778.86' },
              { brand: 'Google Chrome', version: '131.0.6778.86' },
            ],
          }),
        },
      },
    };
    const facts = await collectContext(config, withHints);
    expect(facts.filter((f) => ['browser', 'os', 'device'].includes(f.key))).toEqual([
      { key: 'browser', value: 'Chrome 131.0.6778.86' },
      { key: 'os', value: 'Windows 11' },
      { key: 'device', value: 'desktop' },
    ]);
  });

  it('falls back to low-entropy hints when high-entropy values are refused', async () => {
    const hints = await readClientHints({
      userAgentData: {
        brands: [{ brand: 'Chromium', version: '131' }],
        mobile: true,
        platform: 'Android',
        getHighEntropyValues: () => Promise.reject(new DOMException('blocked', 'NotAllowedError')),
      },
    });
    expect(hints).toEqual({
      browser: 'Chromium 131',
      os: 'Android',
      device: 'mobile',
      model: null,
    });
  });

  it('names the device model when the hints carry one', async () => {
    const hints = await readClientHints({
      userAgentData: {
        brands: [{ brand: 'Samsung Internet', version: '25' }],
        mobile: true,
        platform: 'Android',
        getHighEntropyValues: async () => ({ platformVersion: '14.0.0', model: 'SM-S918B' }),
      },
    });
    expect(hints).toEqual({
      browser: 'Samsung Internet 25',
      os: 'Android 14.0.0',
      device: 'mobile',
      model: 'SM-S918B',
    });
  });

  it('makes every fact a single line within the wire limit', async () => {
    const long: Platform = { navigator: { language: `tr\n${'x'.repeat(2000)}` } };
    const facts = await collectContext(config, long);
    const language = facts.find((f) => f.key === 'language');
    expect(language?.value).not.toMatch(/\n/);
    expect(language?.value.length).toBe(1000);
  });
});

describe('withoutFacts', () => {
  it('removes facts by key, and a prefix removes its sub-keys', async () => {
    const facts = await collectContext(config, platform);
    const kept = withoutFacts(facts, ['page.url', 'app', 'screen']);
    expect(kept.map((f) => f.key)).toEqual([
      'browser',
      'os',
      'device',
      'viewport',
      'language',
      'timeZone',
      'network.online',
      'network.type',
    ]);
  });
});
