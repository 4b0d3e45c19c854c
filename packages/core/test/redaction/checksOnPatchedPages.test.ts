import { afterEach, describe, expect, it } from 'vitest';
import { isTcKimlik } from '../../src/redaction/checks/isTcKimlik.ts';

const nativeFrom = Array.from;

afterEach(() => {
  Array.from = nativeFrom;
});

describe('isTcKimlik on a page that replaced Array.from', () => {
  it("still recognises a national id when Array.from ignores its map (Prototype.js's $A)", () => {
    Array.from = ((items: ArrayLike<unknown>) =>
      Array.prototype.slice.call(items)) as typeof Array.from;
    expect(isTcKimlik('10000000146')).toBe(true);
    expect(isTcKimlik('10000000147')).toBe(false);
  });
});
