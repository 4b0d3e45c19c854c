import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/resolveConfig.ts';
import { ConfigError } from '../../src/errors/ConfigError.ts';
import { isDestekError } from '../../src/errors/DestekError.ts';
import { plainBackend } from '../support/plainBackend.ts';

const backend = plainBackend();

function errorOf(options: unknown): ConfigError {
  try {
    resolveConfig(options);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('resolveConfig accepted the options');
}

describe('resolveConfig', () => {
  it('fills in every default when only the backend is given', () => {
    const config = resolveConfig({ backend });
    expect(config.backend).toBe(backend);
    expect(config.app).toEqual({
      name: 'app',
      version: null,
      build: null,
      environment: null,
      latestVersion: null,
    });
    expect(config.locale).toBe('en');
    expect(config.categories.map((c) => c.id)).toEqual([
      'payment',
      'bonus',
      'login',
      'account',
      'verification',
      'technical',
      'other',
    ]);
    expect(config.user).toBeNull();
    expect(config.privacy).toEqual({ email: 'mask', captureConsole: false, captureNetwork: false });
    expect(config.limits).toEqual({
      summaryChars: 200,
      stepsTried: 20,
      attachments: 5,
      ringEntries: 20,
    });
    expect(config.diagnostics).toEqual({
      clockSkewWarnSec: 60,
      timeoutMs: 5000,
      latencyWarnMs: 1500,
    });
    expect(Math.abs(config.clock() - Date.now())).toBeLessThan(1000);
    expect(typeof config.platform).toBe('object');
  });

  it('keeps what the host set and fills only the rest', () => {
    const clock = () => 1_700_000_000_000;
    const platform = { href: 'https://shop.example/' };
    const config = resolveConfig({
      backend,
      app: { name: 'Shop', version: '4.12.0', latestVersion: '4.13.0' },
      locale: 'az-Latn-AZ',
      categories: [{ id: 'payment', labels: { tr: 'Ödeme' } }, { id: 'games' }],
      user: { id: 'u-1', email: 'ayse@example.com' },
      privacy: { captureConsole: true },
      limits: { summaryChars: 120 },
      clock,
      diagnostics: { clockSkewWarnSec: 30 },
      platform,
    });
    expect(config.app).toEqual({
      name: 'Shop',
      version: '4.12.0',
      build: null,
      environment: null,
      latestVersion: '4.13.0',
    });
    expect(config.categories).toEqual([
      { id: 'payment', labels: { tr: 'Ödeme' } },
      { id: 'games', labels: {} },
    ]);
    expect(config.user).toEqual({ id: 'u-1', email: 'ayse@example.com' });
    expect(config.privacy).toEqual({ email: 'mask', captureConsole: true, captureNetwork: false });
    expect(config.limits.summaryChars).toBe(120);
    expect(config.limits.stepsTried).toBe(20);
    expect(config.clock).toBe(clock);
    expect(config.diagnostics.clockSkewWarnSec).toBe(30);
    expect(config.platform).toBe(platform);
  });

  const bad: Array<[string, unknown, string, RegExp]> = [
    ['options that are not an object', 'yes', '(options)', /options object/],
    ['a missing backend', {}, 'backend', /SupportBackend/],
    [
      'a backend without status()',
      { backend: { connect() {}, submitReport() {} } },
      'backend',
      /status/,
    ],
    ['a numeric app version', { backend, app: { version: 4 } }, 'app.version', /version such as/],
    ['an empty app name', { backend, app: { name: '' } }, 'app.name', /non-empty/],
    ['a two-line app build', { backend, app: { build: 'a\nb' } }, 'app.build', /single line/],
    [
      'a misspelt app key',
      { backend, app: { verison: '1.0' } },
      'app.verison',
      /no option of this name/,
    ],
    ['an unknown top-level option', { backend, colour: 'red' }, 'colour', /no option of this name/],
    ['a locale with spaces', { backend, locale: 'en US' }, 'locale', /language tag/],
    [
      'categories that are not a list',
      { backend, categories: 'payment' },
      'categories',
      /list of categories/,
    ],
    ['an empty category list', { backend, categories: [] }, 'categories', /at least one category/],
    [
      'an upper-case category id',
      { backend, categories: [{ id: 'a' }, { id: 'b' }, { id: 'Payment' }] },
      'categories.2.id',
      /lower-case id/,
    ],
    [
      'a duplicate category id',
      { backend, categories: [{ id: 'a' }, { id: 'a' }] },
      'categories.1.id',
      /used twice/,
    ],
    [
      'a category label in a bad language tag',
      { backend, categories: [{ id: 'a', labels: { 'tr TR': 'x' } }] },
      'categories.0.labels.tr TR',
      /language tag/,
    ],
    ['a user without id', { backend, user: { email: 'a@example.com' } }, 'user.id', /user id/],
    [
      'a user with a malformed email',
      { backend, user: { id: 'u', email: 'not-an-email' } },
      'user.email',
      /e-mail address/,
    ],
    [
      'a user signature that is not hex',
      { backend, user: { id: 'u', signature: 'xyz' } },
      'user.signature',
      /HMAC-SHA256/,
    ],
    [
      'an email policy other than mask/keep',
      { backend, privacy: { email: 'hide' } },
      'privacy.email',
      /"mask" or "keep"/,
    ],
    [
      'a capture flag as a string',
      { backend, privacy: { captureConsole: 'yes' } },
      'privacy.captureConsole',
      /true or false/,
    ],
    [
      'a summary limit above the wire limit',
      { backend, limits: { summaryChars: 500 } },
      'limits.summaryChars',
      /from 10 to 200/,
    ],
    [
      'a fractional ring size',
      { backend, limits: { ringEntries: 2.5 } },
      'limits.ringEntries',
      /whole number/,
    ],
    [
      'a clock that is a number',
      { backend, clock: 123 },
      'clock',
      /function returning milliseconds/,
    ],
    [
      'a negative skew threshold',
      { backend, diagnostics: { clockSkewWarnSec: -5 } },
      'diagnostics.clockSkewWarnSec',
      /whole number from 1/,
    ],
    ['a platform that is a string', { backend, platform: 'chrome' }, 'platform', /environment/],
  ];

  it.each(bad)('rejects %s, naming the option path', (_name, options, path, expected) => {
    const error = errorOf(options);
    expect(error.path).toBe(path);
    expect(error.expected).toMatch(expected);
    expect(error.message).toBe(`Destek option "${path}": expected ${error.expected}`);
    expect(error.code).toBe('config_invalid');
    expect(isDestekError(error, 'config_invalid')).toBe(true);
  });

  it('words every expectation in plain words, never as a schema message', () => {
    for (const [, options] of bad) {
      expect(errorOf(options).expected).not.toMatch(/Invalid input|expected string|received/i);
    }
  });
});
