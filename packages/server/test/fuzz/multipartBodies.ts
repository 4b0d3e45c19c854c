import fc from 'fast-check';
import { anyCharacter } from './hostileValues.ts';
import type { HeaderPair } from './requestParts.ts';

// 1×1 images, valid: they go through the decoder and re-encoder like real uploads.
const PNG_1X1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const GIF_1X1 = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/** A PNG whose header claims `size`×`size` pixels and has no pixel data at all. */
function pngClaiming(size: number): Uint8Array {
  const head = Buffer.from(PNG_1X1.subarray(0, 33));
  head.writeUInt32BE(size, 16);
  head.writeUInt32BE(size, 20);
  return head;
}

const utf8 = new TextEncoder();
const withMagic = (magic: number[]) =>
  fc.uint8Array({ maxLength: 64 }).map((rest) => new Uint8Array([...magic, ...rest]));

/** File contents: real images, damaged images, bombs, markup, text, binary noise, nothing. */
const fileBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ minLength: 1, maxLength: 80 }).map((s) => utf8.encode(s)) },
  { weight: 1, arbitrary: fc.constant(new Uint8Array(PNG_1X1)) },
  { weight: 1, arbitrary: fc.constant(new Uint8Array(GIF_1X1)) },
  {
    weight: 3,
    arbitrary: fc.oneof(
      withMagic([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      withMagic([0xff, 0xd8, 0xff]),
      withMagic([0x47, 0x49, 0x46, 0x38, 0x39, 0x61]),
      withMagic([0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50]),
      withMagic([0x25, 0x50, 0x44, 0x46, 0x2d]),
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom(65_535, 100_000, 2 ** 31 - 1).map(pngClaiming) },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(
        '<svg onload=alert(1)>',
        '  <?xml version="1.0"?><svg/>',
        '<!DOCTYPE html><script>x</script>',
        '{"a":1}',
        '[1,2',
        'plain text\u0000with nul',
      )
      .map((s) => utf8.encode(s)),
  },
  { weight: 2, arbitrary: fc.uint8Array({ minLength: 0, maxLength: 200 }) },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 20_000, max: 200_000 }).map((n) => new Uint8Array(n).fill(0x41)),
  },
);

const fileName = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom('screenshot.png', 'notes.txt', 'a.pdf', 'ekran görüntüsü.png'),
  },
  {
    weight: 3,
    arbitrary: fc.oneof(
      fc.constantFrom(
        '../../../etc/passwd',
        '..\\..\\windows\\win.ini',
        '/abs/path.txt',
        '.env',
        '',
        ' ',
        'a\\"b.txt',
        'CON',
        'x.svg',
        '\u202etxt.exe',
        '%2e%2e%2fx',
        'ａｂｃ.png',
      ),
      fc.string({ unit: anyCharacter, maxLength: 30 }),
      fc.integer({ min: 256, max: 3000 }).map((n) => `${'n'.repeat(n)}.txt`),
    ),
  },
);

const partType = fc.constantFrom(
  'text/plain',
  'image/png',
  'application/octet-stream',
  'image/svg+xml',
  'text/html',
  '',
  'multipart/mixed; boundary=inner',
);

interface Part {
  name: string | null;
  filename: string | null;
  type: string | null;
  bytes: Uint8Array;
}

const part: fc.Arbitrary<Part> = fc.record({
  name: fc.oneof(
    { weight: 6, arbitrary: fc.constant('file') },
    { weight: 1, arbitrary: fc.constantFrom('other', 'FILE', 'file[]', '', '__proto__') },
    { weight: 1, arbitrary: fc.constant(null) },
  ),
  filename: fc.oneof(
    { weight: 6, arbitrary: fileName },
    { weight: 1, arbitrary: fc.constant(null) },
  ),
  type: fc.oneof({ weight: 3, arbitrary: partType }, { weight: 1, arbitrary: fc.constant(null) }),
  bytes: fileBytes,
});

/** What a multipart case sends: its `Content-Type` header(s) and body bytes. */
export interface MultipartCase {
  headers: HeaderPair[];
  body: Uint8Array;
}

const boundary = fc.oneof(
  { weight: 6, arbitrary: fc.constant('----destekFuzzBoundary7MA4YWxk') },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'a',
      'x'.repeat(71),
      'with space',
      'quote"d',
      '--',
      'ü',
      '__proto__',
    ),
  },
);

/**
 * `multipart/form-data` bodies, well-formed or not: boundaries that do not
 * match the header (or are missing, quoted, too long), parts without a name
 * or a file name, hostile file names, lying part types, several files, the
 * closing boundary missing, bare LF line ends, preambles.
 */
export const multipartCase: fc.Arbitrary<MultipartCase> = fc
  .record({
    bodyBoundary: boundary,
    header: fc.oneof(
      { weight: 8, arbitrary: fc.constant('match' as const) },
      {
        weight: 2,
        arbitrary: fc.constantFrom(
          'other' as const,
          'missing' as const,
          'quoted' as const,
          'json' as const,
          'none' as const,
          'twice' as const,
        ),
      },
    ),
    parts: fc.array(part, { minLength: 0, maxLength: 3 }),
    newline: fc.oneof(
      { weight: 8, arbitrary: fc.constant('\r\n') },
      { weight: 1, arbitrary: fc.constant('\n') },
    ),
    closed: fc.oneof(
      { weight: 8, arbitrary: fc.constant(true) },
      { weight: 1, arbitrary: fc.constant(false) },
    ),
    preamble: fc.oneof(
      { weight: 8, arbitrary: fc.constant('') },
      { weight: 1, arbitrary: fc.constant('preamble text') },
    ),
  })
  .map(({ bodyBoundary, header, parts, newline: nl, closed, preamble }) => {
    const chunks: Uint8Array[] = [utf8.encode(preamble === '' ? '' : `${preamble}${nl}`)];
    for (const p of parts) {
      let disposition = 'Content-Disposition: form-data';
      if (p.name !== null) disposition += `; name="${p.name}"`;
      if (p.filename !== null) disposition += `; filename="${p.filename.replace(/[\r\n]/g, ' ')}"`;
      let head = `--${bodyBoundary}${nl}${disposition}${nl}`;
      if (p.type !== null) head += `Content-Type: ${p.type}${nl}`;
      chunks.push(utf8.encode(`${head}${nl}`), p.bytes, utf8.encode(nl));
    }
    chunks.push(utf8.encode(closed ? `--${bodyBoundary}--${nl}` : `--${bodyBoundary}`));
    const type: Record<typeof header, HeaderPair[]> = {
      match: [['content-type', `multipart/form-data; boundary=${bodyBoundary}`]],
      other: [['content-type', 'multipart/form-data; boundary=somethingElse']],
      missing: [['content-type', 'multipart/form-data']],
      quoted: [['content-type', `multipart/form-data; boundary="${bodyBoundary}"`]],
      json: [['content-type', 'application/json']],
      none: [],
      twice: [
        ['content-type', 'multipart/form-data; boundary=first'],
        ['content-type', `multipart/form-data; boundary=${bodyBoundary}`],
      ],
    };
    return { headers: type[header], body: Buffer.concat(chunks) };
  });
