import { afterEach, describe, expect, it } from 'vitest';
import { ID_PATTERN, newId } from '../src/index.ts';

const nativeFrom = Array.from;

afterEach(() => {
  Array.from = nativeFrom;
});

describe('newId on a page that replaced Array.from', () => {
  it("still makes UUID v4 ids when Array.from ignores its map (Prototype.js's $A)", () => {
    Array.from = ((items: ArrayLike<unknown>) =>
      Array.prototype.slice.call(items)) as typeof Array.from;
    for (let i = 0; i < 100; i++) expect(newId()).toMatch(ID_PATTERN);
  });
});
