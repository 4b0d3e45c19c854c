import fc from 'fast-check';

/** How a (maybe mutated) JSON value is put on the wire. */
export type JsonEncoding =
  | 'plain'
  | 'bom'
  | 'truncated'
  | 'trailing'
  | 'duplicateKey'
  | 'utf16'
  | 'invalidUtf8'
  | 'empty'
  | 'padded'
  | 'nul'
  | 'deep';

export const jsonEncoding: fc.Arbitrary<JsonEncoding> = fc.oneof(
  { weight: 12, arbitrary: fc.constant('plain' as const) },
  {
    weight: 4,
    arbitrary: fc.constantFrom<JsonEncoding>(
      'bom',
      'truncated',
      'trailing',
      'duplicateKey',
      'utf16',
      'invalidUtf8',
      'empty',
      'padded',
      'nul',
      'deep',
    ),
  },
);

const utf8 = new TextEncoder();

/** The bytes of `value` in the given encoding; `cut` picks where truncation happens. */
export function encodeJson(value: unknown, encoding: JsonEncoding, cut: number): Uint8Array {
  const text = JSON.stringify(value) ?? '';
  switch (encoding) {
    case 'plain':
      return utf8.encode(text);
    case 'bom':
      return utf8.encode(`\ufeff${text}`);
    case 'truncated':
      return utf8.encode(text.slice(0, text.length === 0 ? 0 : cut % text.length));
    case 'trailing':
      return utf8.encode(`${text}}]"garbage`);
    case 'duplicateKey':
      // JSON.parse keeps the last one: a validator and a later reader could disagree.
      return utf8.encode(
        text.startsWith('{') ? `{"__proto__":{"x":1},"a":1,"a":2,${text.slice(1)}` : text,
      );
    case 'utf16': {
      const out = new Uint8Array(text.length * 2);
      for (let i = 0; i < text.length; i += 1) {
        const code = text.charCodeAt(i);
        out[i * 2] = code & 0xff;
        out[i * 2 + 1] = code >> 8;
      }
      return out;
    }
    case 'invalidUtf8': {
      const bytes = utf8.encode(text);
      const at = bytes.length === 0 ? 0 : cut % bytes.length;
      return new Uint8Array([...bytes.subarray(0, at), 0xff, 0xc0, 0x80, ...bytes.subarray(at)]);
    }
    case 'empty':
      return new Uint8Array(0);
    case 'padded':
      return utf8.encode(`\r\n\t ${text} \n`);
    case 'nul':
      return utf8.encode(`${text}\u0000`);
    case 'deep': {
      // Tens of thousands of levels, made as text: a recursive parser or validator would overflow.
      const depth = 10_000 + (cut % 40_000);
      const open = cut % 2 === 0 ? '['.repeat(depth) : '{"a":'.repeat(depth);
      const close = cut % 2 === 0 ? ']'.repeat(depth) : '}'.repeat(depth);
      return utf8.encode(`${open}${text === '' ? '1' : text}${close}`);
    }
  }
}
