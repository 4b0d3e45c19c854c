import fc from 'fast-check';
import { longUrlPart } from './hostileValues.ts';
import type { HeaderPair } from './requestParts.ts';
import type { FuzzCase } from './sendCase.ts';

const consoleSegment = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom('index.html', 'tickets', '42', 'assets', 'app-1a2b3c.js', 'queue'),
  },
  {
    weight: 5,
    arbitrary: fc.constantFrom(
      '..',
      '.',
      '%2e%2e',
      '%2E%2E',
      '%2e%2e%2fsecret.txt',
      '..%2fsecret.txt',
      '..%5csecret.txt',
      '%2e%2e%5csecret.js',
      '.env',
      '%2eenv',
      'link.txt',
      'up',
      'secret.txt',
      'secret.js',
      '%00',
      'index.html%00.js',
      'a%',
      '%E0%A4%A',
      '%C0%AE%C0%AE',
      '%252e%252e',
      '',
      '~',
      'INDEX.HTML',
      'index.html.',
      'index.html%20',
      'x.js',
      '%F0%9F%98%80.js',
    ),
  },
  { weight: 1, arbitrary: longUrlPart(1000) },
);

/** `/console/` paths trying every way out of the folder, and a few methods besides GET. */
export const consoleCases: fc.Arbitrary<FuzzCase> = fc
  .record({
    method: fc.oneof(
      { weight: 8, arbitrary: fc.constant('GET') },
      fc.constantFrom('HEAD', 'POST', 'OPTIONS', 'DELETE'),
    ),
    segments: fc.array(consoleSegment, { minLength: 0, maxLength: 5 }),
    query: fc.oneof(
      { weight: 4, arbitrary: fc.constant('') },
      fc.constantFrom('?a=1', '?%', '?../../secret.txt'),
    ),
    slash: fc.constantFrom('/', '/', '/', '//', '\\'),
  })
  .map(({ method, segments, query, slash }) => ({
    method,
    path: `/console${slash}${segments.join('/')}${query}`,
    headers: [],
    body: null,
  }));

const anySegment = fc.oneof(
  fc.constantFrom(
    'v1',
    'agent',
    'console',
    'status',
    'faq',
    'api',
    'admin',
    '..',
    '%2e%2e',
    '.git',
    'etc',
    'passwd',
    '%00',
    '%',
    'V1',
  ),
  fc.string({ maxLength: 12 }).map((s) => encodeURIComponent(s)),
);

/** Paths no route serves, with any method: each must be a clean 404 (or a 204 preflight). */
export const elsewhereCases: fc.Arbitrary<FuzzCase> = fc
  .record({
    // No CONNECT: Node drops it before the app when nobody listens for tunnels.
    method: fc.constantFrom(
      'GET',
      'POST',
      'PUT',
      'DELETE',
      'PATCH',
      'HEAD',
      'OPTIONS',
      'TRACE',
      'PROPFIND',
    ),
    segments: fc.array(anySegment, { minLength: 0, maxLength: 6 }),
    origin: fc.constantFrom(null, 'https://shop.example.com', 'https://evil.test'),
  })
  .map(({ method, segments, origin }) => ({
    method,
    path: `/${segments.join('/')}`,
    headers: origin === null ? [] : ([['origin', origin]] as HeaderPair[]),
    body: null,
  }));
