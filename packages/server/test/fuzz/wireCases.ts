import fc from 'fast-check';
import type { FuzzCase } from './sendCase.ts';
import type { Fixtures } from './startFuzzRig.ts';

const utf8 = new TextEncoder();

const method = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('GET', 'POST', 'HEAD', 'OPTIONS') },
  {
    weight: 1,
    arbitrary: fc.constantFrom('get', 'G ET', '', 'PRI', 'FOO', 'GET\u0000', 'CONNECT', 'TRACE'),
  },
);

const target = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom('/v1/status', '/v1/faq?q=2fa', '/console/', '/v1/tickets'),
  },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '*',
      'http://127.0.0.1/v1/status',
      'http://evil.test/v1/status',
      'https://x/v1/status',
      'ftp://x/v1/status',
      '127.0.0.1:80',
      '//v1/status',
      '/v1/status#frag',
      '/v1/%',
      '/v1/%zz',
      '/v1\\status',
      '/v1/st atus',
      '/v1/status\t',
      '/..%2f..%2fetc/passwd',
      '/v1/\u00fc',
      '/v1/\u00c3\u00bc',
      '',
      'v1/status',
      `/${'a'.repeat(9000)}`,
    ),
  },
);

const version = fc.oneof(
  { weight: 6, arbitrary: fc.constant('HTTP/1.1') },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'HTTP/1.0',
      'HTTP/2.0',
      'HTTP/1.2',
      'HTTP/1',
      'http/1.1',
      '',
      'HTTP/1.1 x',
    ),
  },
);

type Framing =
  | 'none'
  | 'length'
  | 'chunked'
  | 'both'
  | 'conflicting'
  | 'badLength'
  | 'badChunk'
  | 'teList';

const framing = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom<Framing>('none', 'length') },
  {
    weight: 3,
    arbitrary: fc.constantFrom<Framing>(
      'chunked',
      'both',
      'conflicting',
      'badLength',
      'badChunk',
      'teList',
    ),
  },
);

const oddHeader = fc.constantFrom(
  'X-Folded: a\r\n b',
  'Garbage-without-colon',
  'Bad Name: x',
  'X-Nul: a\u0000b',
  ': empty-name',
  'X-Latin: \u00ff\u00fe',
  'Authorization: Bearer \u00e9\u00e9',
  'Content-Type: application/json',
  'Expect: 100-continue',
  'Transfer-Encoding: identity',
  'Upgrade: h2c',
  `X-Long: ${'v'.repeat(20_000)}`,
);

/**
 * Requests as bytes, for what no HTTP client library sends: broken request
 * lines and versions, absolute and asterisk targets, a missing, doubled or
 * hostile Host, lengths that conflict or lie, chunked bodies with bad sizes,
 * folded or nameless headers, NULs, bare LF line ends.
 */
export function wireCases(f: Fixtures): fc.Arbitrary<FuzzCase> {
  const host = fc.oneof(
    { weight: 6, arbitrary: fc.constant([`Host: ${f.host}`]) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        [],
        [`Host: ${f.host}`, 'Host: evil.test'],
        ['Host:'],
        ['Host: evil.test'],
        ['Host: a b'],
        ['Host: [::1'],
        ['Host: 127.0.0.1:99999'],
        ['Host: \u00fc.test'],
        [`Host: ${f.host}/path`],
        [`Host: user@${f.host}`],
      ),
    },
  );
  return fc
    .record({
      method,
      target,
      version,
      host,
      framing,
      odd: fc.array(oddHeader, { maxLength: 2 }),
      body: fc.constantFrom(
        '',
        '{"q":1}',
        'hello',
        '{"siteKey":"pk_test_shop_0001","anonId":"anon_0123456789abcdef"}',
      ),
      eol: fc.oneof(
        { weight: 6, arbitrary: fc.constant('\r\n') },
        { weight: 1, arbitrary: fc.constant('\n') },
      ),
      close: fc.oneof(
        { weight: 6, arbitrary: fc.constant(true) },
        { weight: 1, arbitrary: fc.constant(false) },
      ),
    })
    .map(
      ({
        method: verb,
        target: path,
        version: v,
        host: hostLines,
        framing: frame,
        odd,
        body,
        eol,
        close,
      }) => {
        const lines = [`${verb} ${path} ${v}`.trimEnd(), ...hostLines, ...odd];
        if (close) lines.push('Connection: close');
        let payload: string = body;
        const n = utf8.encode(body).length;
        const chunked = n === 0 ? '0\r\n\r\n' : `${n.toString(16)}\r\n${body}\r\n0\r\n\r\n`;
        switch (frame) {
          case 'none':
            payload = '';
            break;
          case 'length':
            lines.push(`Content-Length: ${n}`);
            break;
          case 'chunked':
            lines.push('Transfer-Encoding: chunked');
            payload = chunked;
            break;
          case 'both':
            lines.push(`Content-Length: ${n}`, 'Transfer-Encoding: chunked');
            payload = chunked;
            break;
          case 'conflicting':
            lines.push(`Content-Length: ${n}`, `Content-Length: ${n + 5}`);
            break;
          case 'badLength':
            lines.push('Content-Length: -1');
            break;
          case 'badChunk':
            lines.push('Transfer-Encoding: chunked');
            payload = `zz\r\n${body}\r\n0\r\n\r\n`;
            break;
          case 'teList':
            lines.push('Transfer-Encoding: gzip, chunked, identity');
            payload = chunked;
            break;
        }
        const text = `${lines.join(eol)}${eol}${eol}${payload}`;
        // Latin-1 on the wire: one byte per character, as a broken client would send it.
        return {
          method: verb,
          path,
          headers: [],
          body: null,
          raw: Uint8Array.from(text, (ch) => ch.charCodeAt(0) & 0xff),
          // Node drops the connection on a broken body, cannot answer an error at all once it
          // has sent `100 Continue`, and takes a versionless `PRI` line for the start of an
          // HTTP/2 preface and hangs up: a cut is Node's doing then, not a server failure.
          mayBeCut:
            frame === 'badChunk' ||
            frame === 'teList' ||
            odd.includes('Expect: 100-continue') ||
            verb === 'PRI',
        };
      },
    );
}
