import fc from 'fast-check';
import { anyCharacter, longUrlPart } from './hostileValues.ts';

/** One raw header line; the same name may come twice. */
export type HeaderPair = readonly [string, string];

// Node's client refuses header values outside tab, 0x20-0x7e and 0x80-0xff: stay within.
const latin1Char = fc
  .integer({ min: 0x20, max: 0xff })
  .filter((code) => code !== 0x7f)
  .map((code) => String.fromCharCode(code));
/** A header value of printable Latin-1, as odd as a client can still send. */
export const headerValue = fc.string({ unit: latin1Char, maxLength: 60 });

const tokenChar = fc.constantFrom(
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_!#$%&*+.^`|~',
);
/** A header name made of token characters. */
export const headerName = fc.string({ unit: tokenChar, minLength: 1, maxLength: 24 });

/** The `Authorization` header(s) of a case: mostly right, otherwise wrong in a known way. */
export function authHeaders(
  right: string | null,
  wrongKind: readonly string[],
): fc.Arbitrary<HeaderPair[]> {
  const bearer = (token: string): HeaderPair[] => [['authorization', `Bearer ${token}`]];
  const mangled = fc.oneof(
    fc.constant<HeaderPair[]>([]),
    fc.constantFrom(...wrongKind).map(bearer),
    headerValue.map((value): HeaderPair[] => [['authorization', value]]),
    headerValue.map(bearer),
    fc.constant(bearer('x'.repeat(2001))),
    fc.constant<HeaderPair[]>([['authorization', 'Bearer']]),
    fc.constant<HeaderPair[]>([['authorization', 'Basic YWdlbnQ6cGFzcw==']]),
    ...(right === null
      ? []
      : [
          fc.constant<HeaderPair[]>([['authorization', `bearer ${right}`]]),
          fc.constant<HeaderPair[]>([['authorization', `Bearer  ${right}`]]),
          fc.constant<HeaderPair[]>([['authorization', `Bearer ${right} `]]),
          fc.constant(bearer(`${right.slice(0, -2)}AA`)),
          fc.constant(bearer(`${right}.x`)),
          fc.constant<HeaderPair[]>([
            ['authorization', `Bearer ${right}`],
            ['authorization', 'Bearer forged'],
          ]),
          fc.constant<HeaderPair[]>([
            ['authorization', 'Bearer forged'],
            ['authorization', `Bearer ${right}`],
          ]),
        ]),
  );
  if (right === null)
    return fc.oneof({ weight: 4, arbitrary: fc.constant<HeaderPair[]>([]) }, mangled);
  return fc.oneof(
    { weight: 7, arbitrary: fc.constant(bearer(right)) },
    { weight: 3, arbitrary: mangled },
  );
}

const JSON_TYPE_LIES = [
  'text/plain',
  'text/plain;charset=UTF-8',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/json; charset=utf-16',
  'application/json;charset=iso-8859-1',
  'application/json; charset="utf-8"; charset=ascii',
  'APPLICATION/JSON',
  ' application/json ',
  'application/jsonp',
  'application/json, text/plain',
  'application/problem+json',
  'application/json;;;',
  ';',
  '',
] as const;

/** `Content-Type` for a JSON route: right most of the time, otherwise a lie or an oddity. */
export const jsonContentType: fc.Arbitrary<HeaderPair[]> = fc.oneof(
  { weight: 8, arbitrary: fc.constant<HeaderPair[]>([['content-type', 'application/json']]) },
  {
    weight: 1,
    arbitrary: fc.constant<HeaderPair[]>([['content-type', 'application/json; charset=utf-8']]),
  },
  {
    weight: 3,
    arbitrary: fc.oneof(
      fc.constantFrom(...JSON_TYPE_LIES).map((type): HeaderPair[] => [['content-type', type]]),
      fc.constant<HeaderPair[]>([]),
      headerValue.map((type): HeaderPair[] => [['content-type', type]]),
      fc.constant<HeaderPair[]>([
        ['content-type', 'text/plain'],
        ['content-type', 'application/json'],
      ]),
    ),
  },
);

/** Headers a case may carry besides auth and type: origins, cursors, proxies, junk, one big one. */
export function extraHeaders(origins: readonly string[]): fc.Arbitrary<HeaderPair[]> {
  const one: fc.Arbitrary<HeaderPair> = fc.oneof(
    fc
      .constantFrom(
        ...origins,
        'null',
        'https://shop.example.com.evil.test',
        'https://SHOP.example.com',
        'file://',
      )
      .map((origin): HeaderPair => ['origin', origin]),
    fc
      .oneof(fc.constantFrom('0', '1', '-1', '1e3', '99999999999999999999', ''), headerValue)
      .map((id): HeaderPair => ['last-event-id', id]),
    fc
      .constantFrom('*/*', 'text/event-stream', 'application/json;q=0', '')
      .map((accept): HeaderPair => ['accept', accept]),
    fc
      .constantFrom('127.0.0.1', '10.0.0.1, 8.8.8.8', 'garbage')
      .map((ip): HeaderPair => ['x-forwarded-for', ip]),
    fc
      .constantFrom('gzip', 'br', 'identity;q=0', 'x')
      .map((v): HeaderPair => ['accept-encoding', v]),
    fc.constantFrom('100-continue', 'nonsense').map((v): HeaderPair => ['expect', v]),
    fc.constantFrom('a=b', '__proto__=x').map((v): HeaderPair => ['cookie', v]),
    fc.tuple(headerName, headerValue).map(([name, value]): HeaderPair => [name, value]),
    fc
      .tuple(headerName, fc.integer({ min: 1000, max: 6000 }))
      .map(([name, size]): HeaderPair => [`x-${name}`, 'h'.repeat(size)]),
  );
  return fc.array(one, { maxLength: 3 });
}

/** A path segment where an id goes: the real one mostly, else something else entirely. */
export function idSegment(real: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...real) },
    {
      weight: 4,
      arbitrary: fc.oneof(
        fc.uuid(),
        fc.constantFrom(
          '..',
          '.',
          '%2e%2e',
          '%2E%2E%2F%2E%2E',
          '..%2f..%2fsecret',
          '%00',
          'a%',
          '%E0%A4%A',
          '%C0%AE%C0%AE',
          '%FF',
          '%252e',
          '__proto__',
          'constructor',
          '0',
          '-1',
          'null',
          '%20',
          '+',
          ';',
          '%3B',
          "'OR'1'='1",
        ),
        fc
          .string({ unit: anyCharacter, maxLength: 20 })
          .map((s) => encodeURIComponent(s.replace(/[\ud800-\udfff]/g, 'x'))),
        longUrlPart(1500),
      ),
    },
  );
}

/** A query string from the route's known parameters, each valid-ish or hostile, plus noise. */
export function queryString(
  known: Readonly<Record<string, fc.Arbitrary<string>>>,
): fc.Arbitrary<string> {
  const names = Object.keys(known);
  const value = (name: string) =>
    fc.oneof(
      { weight: 5, arbitrary: known[name] ?? fc.constant('') },
      { weight: 2, arbitrary: headerValue.map((v) => encodeURIComponent(v)) },
      {
        weight: 2,
        arbitrary: fc.constantFrom(
          '',
          '%',
          '%zz',
          '%E0%A4%A',
          '%00',
          '-1',
          '1e3',
          'NaN',
          '999999999999999999999',
          '0x1',
          '[]',
          '%5B%5D',
          'a&b=c',
          '%2e%2e%2f',
        ),
      },
      { weight: 1, arbitrary: longUrlPart(2000) },
    );
  const pair =
    names.length === 0
      ? fc.constant('')
      : fc.constantFrom(...names).chain((name) => value(name).map((v) => `${name}=${v}`));
  const noise = fc.oneof(
    fc.constantFrom(
      '__proto__[x]=1',
      'constructor.prototype.x=1',
      '=',
      '&&',
      'a',
      'a[]=1&a[]=2',
      ';x=1',
    ),
    fc
      .tuple(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }))
      .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`),
  );
  return fc
    .array(fc.oneof({ weight: 4, arbitrary: pair }, { weight: 1, arbitrary: noise }), {
      maxLength: 4,
    })
    .map((pairs) => pairs.filter((p) => p !== '').join('&'))
    .map((query) => (query === '' ? '' : `?${query}`));
}

/** The route's path as written, or bent: case, slashes, dot segments, encoded letters, a tail. */
export function bentPath(path: string): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 12, arbitrary: fc.constant(path) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        `${path}/`,
        `${path}//`,
        path.replace('/v1/', '//v1/'),
        path.replace('/v1/', '/v1/./'),
        path.replace('/v1/', '/v1/x/../'),
        path.replace('/v1/', '/V1/'),
        path.replace('/v1/', '/v1%2F'),
        path.replace('/v1/', '/%76%31/'),
        `${path}/extra`,
        `${path}%00`,
        `${path};jsessionid=1`,
        `${path}\\..\\..`,
      ),
    },
  );
}
