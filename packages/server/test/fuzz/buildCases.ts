import { LIMITS } from '@destek/protocol';
import fc from 'fast-check';
import { AGENT_TOKEN, ORIGIN, OTHER_ORIGIN } from '../helpers/testConfig.ts';
import { encodeJson, jsonEncoding } from './jsonEncodings.ts';
import { multipartCase } from './multipartBodies.ts';
import { mutated } from './mutateJson.ts';
import {
  authHeaders,
  bentPath,
  extraHeaders,
  type HeaderPair,
  headerValue,
  idSegment,
  jsonContentType,
  queryString,
} from './requestParts.ts';
import type { RouteSpec } from './routeCatalog.ts';
import type { FuzzCase } from './sendCase.ts';
import { type Fixtures, OTHER_AGENT_TOKEN } from './startFuzzRig.ts';

/** Room the server gives multipart framing around one file (as in attachmentRoutes). */
const MULTIPART_OVERHEAD = 16 * 1024;

/** The most a route reads: more than this may be cut off with the connection. */
export function bodyLimitOf(spec: RouteSpec): number {
  return spec.body === 'multipart'
    ? LIMITS.attachmentBytes + MULTIPART_OVERHEAD
    : LIMITS.jsonBodyBytes;
}

interface Payload {
  headers: HeaderPair[];
  body: Uint8Array | null;
}

const jsonPayload = (valid: fc.Arbitrary<unknown>): fc.Arbitrary<Payload> =>
  fc
    .record({ value: mutated(valid), encoding: jsonEncoding, cut: fc.nat(), type: jsonContentType })
    .map(({ value, encoding, cut, type }) => ({
      headers: type,
      body: encodeJson(value, encoding, cut),
    }));

/** A stray body on a route that takes none: usually absent. */
const strayPayload: fc.Arbitrary<Payload> = fc.oneof(
  { weight: 6, arbitrary: fc.constant<Payload>({ headers: [], body: null }) },
  { weight: 1, arbitrary: jsonPayload(fc.jsonValue({ maxDepth: 2 })) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.uint8Array({ maxLength: 100 }), headerValue)
      .map(([body, type]): Payload => ({ headers: [['content-type', type]], body })),
  },
);

function payloadOf(spec: RouteSpec, f: Fixtures): fc.Arbitrary<Payload> {
  if (spec.body === 'multipart') return multipartCase;
  if (spec.body) return jsonPayload(spec.body(f));
  return strayPayload;
}

/** Long polls that asked to wait are given up on quickly: waiting is their job. */
function patienceFor(spec: RouteSpec, query: string): number | undefined {
  if (!spec.stream) return undefined;
  const wait = new URLSearchParams(query.replace(/^\?/, '')).get('wait');
  return wait !== null && /^\d{1,2}$/.test(wait) && Number(wait) > 0 ? 300 : undefined;
}

/** The fuzz cases of one route, built from its spec around the given fixtures. */
export function casesFor(spec: RouteSpec, f: Fixtures): fc.Arbitrary<FuzzCase> {
  if (spec.cases) return spec.cases(f);
  const [method = 'GET', template = '/'] = spec.route.split(' ');
  const right = spec.auth === 'visitor' ? f.visitor : spec.auth === 'agent' ? AGENT_TOKEN : null;
  const wrong =
    spec.auth === 'agent'
      ? [f.visitor, OTHER_AGENT_TOKEN]
      : [AGENT_TOKEN, f.otherVisitor, `${f.visitor.split('.')[0]}.forged`];
  const ids = spec.ids ? idSegment(spec.ids(f)) : fc.constant('');
  return fc
    .record({
      method: fc.oneof(
        { weight: 14, arbitrary: fc.constant(method) },
        {
          weight: 1,
          arbitrary: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'),
        },
      ),
      path: ids.chain((id) => bentPath(template.replace(':id', id))),
      query: queryString(spec.query ?? {}),
      auth: authHeaders(right, wrong),
      extra: extraHeaders([ORIGIN, OTHER_ORIGIN]),
      own: spec.headers ? spec.headers(f) : fc.constant<HeaderPair[]>([]),
      payload: payloadOf(spec, f),
      lie: fc.oneof(
        { weight: 40, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: fc.constantFrom(bodyLimitOf(spec) + 1, 50_000_000, 2 ** 40) },
      ),
    })
    .map(({ method: verb, path, query, auth, extra, own, payload, lie }) => {
      const fuzz: FuzzCase = {
        method: verb,
        path: `${path}${query}`,
        headers: [...auth, ...payload.headers, ...own, ...extra],
        body: payload.body,
      };
      if (lie !== undefined) fuzz.declaredLength = lie;
      const patience = patienceFor(spec, query);
      if (patience !== undefined) fuzz.patienceMs = patience;
      return fuzz;
    });
}

/** A short, printable account of a case, for failure messages (bodies can be 100 KB). */
export function describeCase(fuzz: FuzzCase): string {
  const clip = (s: string, n: number) =>
    s.length > n ? `${s.slice(0, n)}…(${s.length} chars)` : s;
  if (fuzz.raw)
    return `raw bytes: ${JSON.stringify(clip(Buffer.from(fuzz.raw).toString('latin1'), 600))}`;
  const headers = fuzz.headers.map(([k, v]) => `${k}: ${clip(v, 120)}`).join('\n  ');
  const body =
    fuzz.body === null
      ? '(none)'
      : clip(Buffer.from(fuzz.body).toString('utf8'), 400).replace(/\r/g, '\\r');
  const lie =
    fuzz.declaredLength === undefined
      ? ''
      : `\n  content-length (declared): ${fuzz.declaredLength}`;
  return `${fuzz.method} ${clip(fuzz.path, 300)}\n  ${headers}${lie}\n  body (${fuzz.body?.byteLength ?? 0} bytes): ${body}`;
}
