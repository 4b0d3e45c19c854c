// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { memoryBackend } from '../../src/backend/memoryBackend.ts';
import { resolveConfig } from '../../src/config/resolveConfig.ts';

const backend = memoryBackend();

describe('the mask option', () => {
  it('defaults to no extra selectors', () => {
    expect(resolveConfig({ backend }).mask).toEqual([]);
  });

  it('keeps the selectors given', () => {
    expect(resolveConfig({ backend, mask: ['#balance', '.iban'] }).mask).toEqual([
      '#balance',
      '.iban',
    ]);
  });

  it.each([
    ['a string', '#balance', 'mask'],
    ['an empty selector', [''], 'mask.0'],
    ['a selector the browser cannot parse', ['#ok', 'a:::b'], 'mask.1'],
  ])('refuses %s, naming the option', (_, mask, path) => {
    expect(() => resolveConfig({ backend, mask })).toThrowError(
      expect.objectContaining({ name: 'ConfigError', path }),
    );
  });

  it('refuses more than 50 selectors', () => {
    const mask = Array.from({ length: 51 }, (_, i) => `#f${i}`);
    expect(() => resolveConfig({ backend, mask })).toThrowError(
      expect.objectContaining({ path: 'mask' }),
    );
  });
});
