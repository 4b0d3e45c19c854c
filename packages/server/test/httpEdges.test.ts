import { request } from 'node:http';
import { connect } from 'node:net';
import { errorBodySchema, newId } from '@destek/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agent, call, session } from './helpers/api.ts';
import { startServer, type TestServer } from './helpers/startServer.ts';

// Regression tests for what the route fuzzer (fuzzVisitorRoutes, fuzzPublicAndAgentRoutes) found.

let t: TestServer;
let host: string;
let port: number;
let visitor: string;
let conversation: string;

beforeAll(async () => {
  t = await startServer();
  const url = new URL(t.url);
  host = url.hostname;
  port = Number(url.port);
  await agent(t.url, 'POST', '/v1/agent/presence', { online: true });
  visitor = await session(t.url);
  const started = await call(t.url, 'POST', '/v1/conversations', visitor, {
    clientId: newId(),
    text: 'Merhaba',
    category: 'payments',
    locale: 'tr',
    attachments: [],
    context: [],
  });
  conversation = started.body.id;
});
afterAll(() => t.close());

/** Writes `text` on a fresh connection and returns everything the server sent before closing. */
function raw(text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, host, () => socket.write(text));
    let out = '';
    socket.on('data', (chunk) => {
      out += chunk.toString('latin1');
    });
    socket.on('close', () => resolve(out));
    socket.on('error', reject);
    setTimeout(() => socket.destroy(), 10_000);
  });
}

/** The status and the error code of a raw answer. */
function read(answer: string): { status: number; code: string | undefined } {
  const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1]);
  const body = answer.slice(answer.indexOf('\r\n\r\n') + 4);
  const parsed = errorBodySchema.safeParse(body === '' ? null : JSON.parse(body));
  return { status, code: parsed.success ? parsed.data.error.code : undefined };
}

async function streamsSettle(): Promise<number> {
  const deadline = Date.now() + 5_000;
  while (t.server.context.streams.size > 0 && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 25));
  return t.server.context.streams.size;
}

describe('live streams', () => {
  it('answers HEAD on an event stream without opening a stream that nobody reads', async () => {
    const answer = await new Promise<{ status: number; type: string }>((resolve, reject) => {
      const req = request(
        {
          host,
          port,
          method: 'HEAD',
          path: `/v1/conversations/${conversation}/events`,
          headers: { authorization: `Bearer ${visitor}` },
        },
        (res) => {
          res.resume();
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']) }),
          );
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(answer).toEqual({ status: 200, type: 'text/event-stream; charset=utf-8' });
    // Before the fix the stream stayed subscribed, pinging into a buffer, for good.
    expect(await streamsSettle()).toBe(0);
  });

  it('lets go of a long poll as soon as its client hangs up', async () => {
    const controller = new AbortController();
    const polling = fetch(`${t.url}/v1/conversations/${conversation}/events?wait=30&after=99`, {
      headers: { authorization: `Bearer ${visitor}` },
      signal: controller.signal,
    }).catch(() => null);
    const deadline = Date.now() + 5_000;
    while (t.server.context.streams.size === 0 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 10));
    expect(t.server.context.streams.size).toBe(1);
    controller.abort();
    await polling;
    // Before the fix the subscription and its timer were held the full 30 s.
    expect(await streamsSettle()).toBe(0);
  });
});

describe('requests Node handles before any route', () => {
  it('ignores an Expect it does not know instead of a bare 417', async () => {
    const answer = await raw(
      `GET /v1/status HTTP/1.1\r\nHost: ${host}\r\nExpect: nonsense\r\nConnection: close\r\n\r\n`,
    );
    expect(read(answer).status).toBe(200);
  });

  it('refuses an HTTP/1.1 request without Host with the error body', async () => {
    const answer = await raw('GET /v1/status HTTP/1.1\r\nConnection: close\r\n\r\n');
    expect(read(answer)).toEqual({ status: 400, code: 'invalid_parameter' });
  });

  it('refuses what the parser cannot read with the error body', async () => {
    for (const broken of [
      `POST /v1/sessions HTTP/1.1\r\nHost: ${host}\r\nContent-Length: 2\r\nContent-Length: 7\r\n\r\n{}`,
      `GET /v1/status HTTP/1.1\r\nHost: ${host}\r\nX-Folded: a\r\n b\r\n\r\n`,
      'G ET /v1/status HTTP/1.1\r\n\r\n',
      `GET /v1/st atus HTTP/1.1\r\nHost: ${host}\r\n\r\n`,
    ]) {
      expect(read(await raw(broken))).toEqual({ status: 400, code: 'invalid_parameter' });
    }
  });

  it('answers CONNECT with 405 instead of hanging up', async () => {
    const answer = await raw(`CONNECT ${host}:443 HTTP/1.1\r\nHost: ${host}:443\r\n\r\n`);
    expect(read(answer)).toEqual({ status: 405, code: 'method_not_allowed' });
  });

  it('keeps serving after all of the above', async () => {
    expect((await call(t.url, 'GET', '/v1/status', null)).status).toBe(200);
  });
});
