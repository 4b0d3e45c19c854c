import type { IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import type { Outcome } from './sendCase.ts';

const HEAD_END = Buffer.from('\r\n\r\n');

/** The first answer in `data` once it is complete, or null while more is needed. */
function parseAnswer(
  data: Buffer,
  closed: boolean,
  head: boolean,
): Omit<Extract<Outcome, { kind: 'answer' }>, 'ms'> | null {
  const end = data.indexOf(HEAD_END);
  if (end < 0) return null;
  const lines = data.subarray(0, end).toString('latin1').split('\r\n');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(lines[0] ?? '')?.[1] ?? 0);
  const headers: IncomingHttpHeaders = {};
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    if (colon > 0)
      headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  const rest = data.subarray(end + 4);
  // `100 Continue` and other interim answers come before the real one.
  if (status >= 100 && status < 200 && status !== 101) return parseAnswer(rest, closed, head);
  if (head) return { kind: 'answer', status, headers, body: Buffer.alloc(0) };
  const length = headers['content-length'];
  if (length !== undefined) {
    const n = Number(length);
    return rest.length >= n ? { kind: 'answer', status, headers, body: rest.subarray(0, n) } : null;
  }
  if (String(headers['transfer-encoding'] ?? '').includes('chunked')) {
    if (
      !rest.includes('\r\n0\r\n\r\n') &&
      !rest.subarray(0, 5).equals(Buffer.from('0\r\n\r\n')) &&
      !closed
    )
      return null;
    return { kind: 'answer', status, headers, body: dechunk(rest) };
  }
  if (status === 204 || status === 304 || status === 101)
    return { kind: 'answer', status, headers, body: Buffer.alloc(0) };
  return closed ? { kind: 'answer', status, headers, body: rest } : null;
}

function dechunk(data: Buffer): Buffer {
  const out: Buffer[] = [];
  let at = 0;
  for (;;) {
    const eol = data.indexOf('\r\n', at);
    if (eol < 0) break;
    const size = Number.parseInt(data.subarray(at, eol).toString('latin1'), 16);
    if (!Number.isFinite(size) || size === 0) break;
    out.push(data.subarray(eol + 2, eol + 2 + size));
    at = eol + 2 + size + 2;
  }
  return Buffer.concat(out);
}

/**
 * Writes raw bytes to the server over a fresh TCP connection and reads the
 * first answer: for requests no HTTP client would send (broken request lines,
 * conflicting lengths, folded headers, bare LFs). A connection closed without
 * any answer is reported as an error.
 */
export function sendRaw(
  base: { host: string; port: number },
  bytes: Uint8Array,
  timeoutMs: number,
  head = false,
): Promise<Outcome> {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  return new Promise<Outcome>((resolve) => {
    let data = Buffer.alloc(0);
    let settled = false;
    const socket = connect(base.port, base.host);
    const settle = (outcome: Outcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(outcome);
    };
    const timer = setTimeout(() => settle({ kind: 'timeout', ms: ms() }), timeoutMs);
    const attempt = (closed: boolean) => {
      const answer = parseAnswer(data, closed, head);
      if (answer) settle({ ...answer, ms: ms() });
      else if (closed)
        settle({
          kind: 'error',
          message: data.length === 0 ? 'closed without an answer' : 'closed mid-answer',
          ms: ms(),
        });
    };
    socket.on('connect', () => socket.write(bytes));
    socket.on('data', (chunk: Buffer) => {
      data = Buffer.concat([data, chunk]);
      attempt(false);
    });
    socket.on('end', () => attempt(true));
    socket.on('close', () => attempt(true));
    socket.on('error', (error) => {
      if (data.length > 0) attempt(true);
      else settle({ kind: 'error', message: error.message, ms: ms() });
    });
  });
}
