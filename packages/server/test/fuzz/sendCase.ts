import { Agent, type IncomingHttpHeaders, request } from 'node:http';
import type { HeaderPair } from './requestParts.ts';

/** One request exactly as the fuzzer wants it sent. */
export interface FuzzCase {
  method: string;
  /** Path and query, as they go on the request line. */
  path: string;
  headers: readonly HeaderPair[];
  body: Uint8Array | null;
  /** A `Content-Length` larger than the body (a lie): sent on its own connection. */
  declaredLength?: number;
  /** Long polls that may legitimately wait: give up (not a failure) after this long. */
  patienceMs?: number;
  /** Bytes written as they are on a fresh connection instead (see `sendRaw`); the rest is for show. */
  raw?: Uint8Array;
  /**
   * The body's framing is broken after a head Node accepted: Node drops the
   * connection then (once anything, even `100 Continue`, was written, no
   * error answer can follow), so a cut connection is not a failure.
   */
  mayBeCut?: boolean;
}

/** What came back. `kind: 'stream'` means an event stream opened and was closed by us at once. */
export type Outcome =
  | { kind: 'answer'; status: number; headers: IncomingHttpHeaders; body: Buffer; ms: number }
  | { kind: 'stream'; status: number; headers: IncomingHttpHeaders; ms: number }
  | { kind: 'gaveUp'; ms: number }
  | { kind: 'timeout'; ms: number }
  | { kind: 'error'; message: string; ms: number };

/** Keep-alive, so cheap cases stay cheap; the server sees many requests per socket like a real client's. */
const agent = new Agent({ keepAlive: true, maxSockets: 16 });

/** Frees the kept-alive sockets (at the end of a run). */
export function closeSockets(): void {
  agent.destroy();
}

/**
 * Sends one case over real HTTP and waits for the whole answer, or `timeoutMs`
 * at most: no answer by then is a hang. Event streams are closed as soon as
 * their headers arrive (the stream opened: that is all a fuzz case checks).
 */
export function sendCase(
  base: { host: string; port: number },
  fuzz: FuzzCase,
  timeoutMs: number,
): Promise<Outcome> {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  return new Promise<Outcome>((resolve) => {
    let settled = false;
    const settle = (outcome: Outcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(patience);
      resolve(outcome);
    };
    // With raw (array) headers Node adds no Host; without one, Node's server answers a bare 400.
    const raw: string[] = ['host', `${base.host}:${base.port}`];
    for (const [name, value] of fuzz.headers) raw.push(name, value);
    const lying = fuzz.declaredLength !== undefined;
    if (lying) raw.push('content-length', String(fuzz.declaredLength), 'connection', 'close');
    else if (fuzz.body !== null) raw.push('content-length', String(fuzz.body.byteLength));
    let req: ReturnType<typeof request>;
    try {
      req = request({
        host: base.host,
        port: base.port,
        method: fuzz.method,
        path: fuzz.path,
        headers: raw,
        agent: lying ? false : agent,
      });
    } catch (error) {
      // The case itself is unsendable (Node refused it before any byte left): not the server's doing.
      resolve({ kind: 'error', message: `unsendable: ${(error as Error).message}`, ms: ms() });
      return;
    }
    const timer = setTimeout(() => {
      req.destroy();
      settle({ kind: 'timeout', ms: ms() });
    }, timeoutMs);
    const patience =
      fuzz.patienceMs === undefined
        ? undefined
        : setTimeout(() => {
            req.destroy();
            settle({ kind: 'gaveUp', ms: ms() });
          }, fuzz.patienceMs);
    req.on('response', (res) => {
      const type = String(res.headers['content-type'] ?? '');
      if (res.statusCode === 200 && type.startsWith('text/event-stream')) {
        res.destroy();
        req.destroy();
        settle({ kind: 'stream', status: 200, headers: res.headers, ms: ms() });
        return;
      }
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        settle({
          kind: 'answer',
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks),
          ms: ms(),
        }),
      );
      res.on('error', (error) => settle({ kind: 'error', message: error.message, ms: ms() }));
    });
    req.on('error', (error) => settle({ kind: 'error', message: error.message, ms: ms() }));
    if (fuzz.body !== null && fuzz.body.byteLength > 0) req.write(fuzz.body);
    req.end();
  });
}
