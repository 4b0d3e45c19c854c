import { errorBodySchema, LIMITS } from '@destek/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, postReport, report, session } from './helpers/api.ts';
import { startServer, type TestServer } from './helpers/startServer.ts';

let t: TestServer;
let token: string;

beforeAll(async () => {
  t = await startServer();
  token = await session(t.url);
});
afterAll(() => t.close());

/** Every bad input answers a 4xx with the protocol's error body and the given code. */
function expectError(result: { status: number; body: unknown }, code: string, status: number) {
  expect(result.status).toBe(status);
  expect(errorBodySchema.safeParse(result.body).success).toBe(true);
  expect((result.body as { error: { code: string } }).error.code).toBe(code);
}

describe('bad input', () => {
  it('answers 400 invalid_json to broken JSON', async () => {
    expectError(await postReport(t.url, token, '{"summary": "x",'), 'invalid_json', 400);
  });

  it('answers 400 invalid_json to a body that is not UTF-8', async () => {
    const response = await fetch(`${t.url}/v1/reports`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        'idempotency-key': 'k-utf8',
      },
      body: new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
    });
    expectError({ status: response.status, body: await response.json() }, 'invalid_json', 400);
  });

  it('answers 413 to a body over the JSON limit, before parsing it', async () => {
    const big = JSON.stringify({ ...report(), observed: 'x'.repeat(LIMITS.jsonBodyBytes) });
    expectError(await postReport(t.url, token, big), 'too_large', 413);
  });

  it('answers 413 to an oversize body sent chunked without a length', async () => {
    const chunk = new TextEncoder().encode(' '.repeat(16 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > LIMITS.jsonBodyBytes * 3) return controller.close();
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const response = await fetch(`${t.url}/v1/reports`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        'idempotency-key': 'k-chunked',
      },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expectError({ status: response.status, body: await response.json() }, 'too_large', 413);
  });

  it('answers 400 to deeply nested JSON without running out of stack', async () => {
    const deep = `${'['.repeat(50_000)}${']'.repeat(50_000)}`;
    expectError(await postReport(t.url, token, deep), 'invalid_body', 400);
    const nestedField = JSON.stringify(report()).replace(
      '"context":[',
      `"context":[${'['.repeat(20_000)}${']'.repeat(20_000)},`,
    );
    expectError(await postReport(t.url, token, nestedField), 'invalid_body', 400);
  });

  it('names the field that is over its limit', async () => {
    const result = await postReport(
      t.url,
      token,
      report({ summary: 'x'.repeat(LIMITS.summaryChars + 1) }),
    );
    expectError(result, 'invalid_body', 400);
    expect(result.body.error.field).toBe('summary');
  });

  it('refuses unknown keys and names them', async () => {
    const result = await postReport(t.url, token, { ...report(), isAdmin: true });
    expectError(result, 'invalid_body', 400);
    expect(result.body.error.field).toBe('isAdmin');
  });

  it('refuses __proto__ keys without polluting anything', async () => {
    const body = JSON.stringify(report()).replace(/^\{/, '{"__proto__":{"polluted":true},');
    const result = await postReport(t.url, token, body);
    expectError(result, 'invalid_body', 400);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const nested = JSON.stringify(report())
      .replace('"contact"', '"x"')
      .replace('"context":[', '"context":[{"__proto__":{"a":1},"key":"a","value":"b"},');
    expectError(await postReport(t.url, token, nested), 'invalid_body', 400);
  });

  it('refuses lone surrogates in text', async () => {
    const body = JSON.stringify(report()).replace('Deposit of', 'Deposit \\ud800 of');
    const result = await postReport(t.url, token, body);
    expectError(result, 'invalid_body', 400);
    expect(result.body.error.field).toBe('summary');
  });

  it('answers 415 when JSON is sent as text/plain or a form', async () => {
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/jsonp',
    ]) {
      const result = await postReport(t.url, token, JSON.stringify(report()));
      expect(result.status).toBe(201);
      const spoofed = await fetch(`${t.url}/v1/reports`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': type,
          'idempotency-key': `k-${type.length}`,
        },
        body: JSON.stringify(report()),
      });
      expectError(
        { status: spoofed.status, body: await spoofed.json() },
        'unsupported_media_type',
        415,
      );
    }
  });

  it('answers 400 to malformed cursors and query parameters', async () => {
    expectError(
      await call(t.url, 'GET', `/v1/faq?q=${'x'.repeat(LIMITS.searchQueryChars + 1)}`, null),
      'invalid_parameter',
      400,
    );
    expectError(
      await call(t.url, 'GET', '/v1/faq?locale=%3Cscript%3E', null),
      'invalid_parameter',
      400,
    );
  });

  it('answers 401 to missing, forged and expired tokens', async () => {
    expectError(await call(t.url, 'GET', '/v1/tickets', null), 'unauthorized', 401);
    expectError(
      await call(t.url, 'GET', '/v1/tickets', `${token.slice(0, -4)}AAAA`),
      'unauthorized',
      401,
    );
    expectError(await call(t.url, 'GET', '/v1/tickets', 'not-a-token'), 'unauthorized', 401);
  });

  it('answers 404 with an error body to unknown routes and ids', async () => {
    expectError(await call(t.url, 'GET', '/v1/nope', null), 'not_found', 404);
    expectError(await call(t.url, 'GET', '/v1/tickets/%E0%A4%A', token), 'not_found', 404);
  });

  it('never answers 5xx to generated garbage bodies', async () => {
    const { default: fc } = await import('fast-check');
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string(), fc.json(), fc.uint8Array({ maxLength: 300 })),
        async (body) => {
          const response = await fetch(`${t.url}/v1/reports`, {
            method: 'POST',
            headers: {
              authorization: `Bearer ${token}`,
              'content-type': 'application/json',
              'idempotency-key': 'fuzz',
            },
            body: body as string,
          });
          await response.arrayBuffer();
          return response.status >= 400 && response.status < 500;
        },
      ),
      { numRuns: 100 },
    );
  });
});
