import fc from 'fast-check';

/**
 * Values that break naive servers, as fast-check arbitraries. Sizes are kept
 * small except for the deliberate "huge" ones, which are rare: every case is
 * a real HTTP request and the CI budget is a few minutes for all routes.
 */

/** Keys that pollute prototypes or shadow built-ins when a server merges objects carelessly. */
export const DANGEROUS_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__defineGetter__',
  'then',
] as const;

/** Strings that look like numbers, booleans or nothing to a sloppy parser. */
const NUMBERISH = [
  'NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  '-0',
  '0x10',
  '1_000',
  '00001',
  ' 1',
  '1 ',
  '',
  'null',
  'undefined',
  'true',
  'false',
  '9007199254740993',
  '-1',
  '1.5',
  '[]',
  '{}',
] as const;

/** Text a renderer or a database may choke on: controls, bidi, surrogates, look-alikes, NUL. */
const NASTY_TEXT = [
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\udfff',
  'x\ud83dy',
  '\u202egnp.exe',
  '\u2066\u2069',
  '\ufeff',
  '\u200b\u200d',
  'ﬁ',
  'ǅ',
  'İı',
  '𝕏𝕐',
  '👩‍👩‍👧‍👦',
  '\r\n\r\n',
  '\t',
  '\u0085\u2028\u2029',
  "'; DROP TABLE tickets; --",
  '" OR 1=1 --',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  '%00%2e%2e%2f',
  '$' + '{7*7}{{7*7}}',
  'javascript:alert(1)',
  'Ａ',
  'a'.repeat(64),
] as const;

/**
 * Any code point, lone surrogates included. Made by hand: fast-check's own
 * `binary` unit builds a table of every code point up front, over a second of
 * CPU per use on these machines.
 */
export const anyCharacter = fc.oneof(
  fc.integer({ min: 0, max: 0x7f }).map((code) => String.fromCharCode(code)),
  fc.integer({ min: 0x80, max: 0x10ffff }).map((code) => String.fromCodePoint(code)),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)),
);

/** Unicode-heavy strings of modest size, including lone surrogates. */
export const unicodeString = fc.oneof(
  fc.constantFrom(...NASTY_TEXT),
  fc.string({ unit: anyCharacter, maxLength: 40 }),
  fc.string({ maxLength: 30 }),
);

/**
 * A long string: over every field limit (the longest is 4,000 characters) and,
 * one time in five, over the 100 KiB JSON body limit; kept rarer than short
 * ones because each is a real upload.
 */
export const hugeString = fc
  .tuple(
    fc.oneof(
      { weight: 4, arbitrary: fc.integer({ min: 257, max: 8_000 }) },
      { weight: 1, arbitrary: fc.integer({ min: 100_000, max: 110_000 }) },
    ),
    fc.constantFrom('x', 'é', '𝕏', ' ', '\u0000'),
  )
  .map(([length, unit]) => unit.repeat(Math.ceil(length / unit.length)));

/**
 * A long URL part: a huge string cut to `chars` characters (never inside a
 * surrogate pair), percent-encoded, then cut again, which may leave half an
 * escape at the end: one more thing a decoder must survive.
 */
export function longUrlPart(chars: number): fc.Arbitrary<string> {
  return hugeString.map((s) =>
    encodeURIComponent(s.slice(0, chars).replace(/[\ud800-\udbff]$/, '')).slice(0, chars * 2),
  );
}

/** Numbers at and past the edges of every int check. */
export const edgeNumber = fc.oneof(
  fc.constantFrom(
    0,
    -0,
    -1,
    1,
    5,
    6,
    0.5,
    1.5,
    2 ** 31,
    -(2 ** 31) - 1,
    2 ** 53,
    Number.MAX_SAFE_INTEGER,
    Number.MAX_SAFE_INTEGER + 2,
    Number.MIN_SAFE_INTEGER,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    Number.EPSILON,
    1e21,
    -1e-7,
  ),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
);

/**
 * A JSON-ish value nested this deep (arrays or objects), cheap to build and to
 * send. Kept under what `JSON.stringify` can recurse into on a worker's stack;
 * far deeper bodies are made as text (the `deep` encoding).
 */
export const deepNesting = fc
  .tuple(fc.integer({ min: 50, max: 800 }), fc.boolean())
  .map(([depth, asArrays]) => {
    let value: unknown = 1;
    for (let i = 0; i < depth; i += 1) value = asArrays ? [value] : { a: value };
    return value;
  });

/** An object whose own keys are dangerous names (built so that `__proto__` is an own key). */
export const pollutingObject = fc
  .tuple(fc.constantFrom(...DANGEROUS_KEYS), fc.jsonValue({ maxDepth: 2 }))
  .map(([key, value]) => {
    const object: Record<string, unknown> = Object.create(null);
    object[key] = value ?? { polluted: true };
    return object;
  });

/** Any value a field should not hold. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: unicodeString },
  { weight: 3, arbitrary: edgeNumber },
  { weight: 2, arbitrary: fc.constantFrom(...NUMBERISH) },
  { weight: 2, arbitrary: fc.constantFrom(null, true, false, [], {}) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: pollutingObject },
  { weight: 1, arbitrary: hugeString },
  { weight: 1, arbitrary: deepNesting },
);
