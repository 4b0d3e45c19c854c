import { afterEach, describe, expect, it } from 'vitest';
import { stringifyJson } from '../../src/http/stringifyJson.ts';

const arrays = Array.prototype as unknown as { toJSON?: () => string };

afterEach(() => {
  delete arrays.toJSON;
});

describe('stringifyJson', () => {
  it('writes what JSON.stringify writes on an untouched page', () => {
    const body = { summary: 'Card declined', tried: ['restart'], files: [], at: new Date(0) };
    expect(stringifyJson(body)).toBe(JSON.stringify(body));
  });

  it('writes arrays as arrays when the page gives them a toJSON returning text (Prototype.js)', () => {
    arrays.toJSON = function (this: unknown[]) {
      return `[${this.map((item) => JSON.stringify(item)).join(', ')}]`;
    };
    const body = { tried: ['restart', ['nested']], files: [] };
    // What the page's patch does to the native call: arrays become strings.
    expect(JSON.stringify(body)).toBe(
      '{"tried":"[\\"restart\\", \\"[\\\\\\"nested\\\\\\"]\\"]","files":"[]"}',
    );
    expect(JSON.parse(stringifyJson(body))).toEqual(body);
  });
});
