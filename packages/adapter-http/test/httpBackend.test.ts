import { afterEach, describe, expect, it } from 'vitest';
import { BackendError } from '../src/coreImports.ts';
import { httpBackend } from '../src/httpBackend.ts';
import { sampleReport } from './support/sampleReport.ts';
import {
  json,
  type Script,
  type ScriptedServer,
  startScriptedServer,
} from './support/scriptedServer.ts';
import { receipt, SITE_KEY, sessionAnswer, VISITOR } from './support/wireFixtures.ts';

let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A server that opens sessions numbered t1, t2… and hands the rest to `rest`. */
async function serve(rest: Script) {
  let sessions = 0;
  server = await startScriptedServer((req, res) => {
    if (req.path === '/v1/sessions') return json(res, 201, sessionAnswer(`t${++sessions}`));
    return rest(req, res);
  });
  const backend = httpBackend({ server: `${server.url}/`, siteKey: SITE_KEY, timeoutMs: 1000 });
  await backend.connect(VISITOR);
  return { backend, seen: server.seen };
}

async function failure(promise: Promise<unknown>): Promise<BackendError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BackendError);
  return error as BackendError;
}

describe('httpBackend calls', () => {
  it('sends the session token and the idempotency key with a report, and returns the receipt', async () => {
    const report = sampleReport();
    const { backend, seen } = await serve((req, res) =>
      json(res, 201, receipt(JSON.parse(req.body).clientReportId)),
    );
    const answer = await backend.submitReport(report, { idempotencyKey: report.clientReportId });
    expect(answer.clientReportId).toBe(report.clientReportId);
    const sent = seen.at(-1);
    expect(sent?.path).toBe('/v1/reports');
    expect(sent?.headers.authorization).toBe('Bearer t1');
    expect(sent?.headers['idempotency-key']).toBe(report.clientReportId);
    expect(JSON.parse(seen[0]?.body ?? '')).toEqual({ siteKey: SITE_KEY, anonId: VISITOR.anonId });
  });

  it('opens a new session once on 401 and repeats the call with the new token', async () => {
    const report = sampleReport();
    const { backend, seen } = await serve((req, res) => {
      if (req.headers.authorization === 'Bearer t1') {
        return json(res, 401, { error: { code: 'unauthorized', message: 'Expired' } });
      }
      json(res, 201, receipt(report.clientReportId));
    });
    await backend.submitReport(report, { idempotencyKey: report.clientReportId });
    expect(seen.map((r) => `${r.path} ${r.headers.authorization ?? ''}`)).toEqual([
      '/v1/sessions ',
      '/v1/reports Bearer t1',
      '/v1/sessions ',
      '/v1/reports Bearer t2',
    ]);
  });

  it('gives up with unauthorized when the new session is refused too', async () => {
    const { backend, seen } = await serve((_req, res) =>
      json(res, 401, { error: { code: 'unauthorized', message: 'No' } }),
    );
    const error = await failure(backend.listTickets());
    expect(error).toMatchObject({ code: 'unauthorized', status: 401, wireCode: 'unauthorized' });
    expect(seen.filter((r) => r.path === '/v1/tickets')).toHaveLength(2);
  });

  it('does not retry a report itself when the server answers 503 (the outbox does)', async () => {
    const report = sampleReport();
    const { backend, seen } = await serve((_req, res) =>
      json(
        res,
        503,
        { error: { code: 'unavailable', message: 'Disk full' } },
        { 'retry-after': '5' },
      ),
    );
    const error = await failure(
      backend.submitReport(report, { idempotencyKey: report.clientReportId }),
    );
    expect(error).toMatchObject({ code: 'server', retryAfterMs: 5000, wireCode: 'unavailable' });
    expect(seen.filter((r) => r.path === '/v1/reports')).toHaveLength(1);
  });

  it('retries an idempotent GET once after a proxy 502', async () => {
    let calls = 0;
    const { backend } = await serve((_req, res) => {
      calls++;
      if (calls === 1) {
        res.writeHead(502, { 'content-type': 'text/html' });
        res.end('<h1>Bad gateway</h1>');
        return;
      }
      json(res, 200, { tickets: [] });
    });
    expect(await backend.listTickets()).toEqual([]);
    expect(calls).toBe(2);
  });

  it.each([
    ['seconds', '7', 7000],
    ['an HTTP date', () => new Date(Date.now() + 30_000).toUTCString(), 30_000],
    ['garbage', 'in a while', 60_000],
  ])('reads a 429 with Retry-After as %s', async (_kind, header, expected) => {
    const { backend } = await serve((_req, res) => {
      res.writeHead(429, { 'retry-after': typeof header === 'function' ? header() : header });
      res.end();
    });
    const report = sampleReport();
    const error = await failure(
      backend.submitReport(report, { idempotencyKey: report.clientReportId }),
    );
    expect(error.code).toBe('rate_limited');
    expect(error.retryAfterMs).toBeGreaterThan(expected - 2000);
    expect(error.retryAfterMs).toBeLessThanOrEqual(expected);
  });

  it('fails a 200 with garbled JSON as a server error', async () => {
    const { backend } = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"id": "abc", "reference":');
    });
    const report = sampleReport();
    const error = await failure(
      backend.submitReport(report, { idempotencyKey: report.clientReportId }),
    );
    expect(error).toMatchObject({ code: 'server', status: 200 });
  });

  it('does not take a captive portal page answering 200 as a receipt', async () => {
    const { backend } = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html><body>Sign in to the hotel Wi-Fi</body></html>');
    });
    const report = sampleReport();
    await expect(
      backend.submitReport(report, { idempotencyKey: report.clientReportId }),
    ).rejects.toMatchObject({
      code: 'server',
    });
    await expect(backend.rateTicket('x', { score: 5 })).rejects.toMatchObject({ code: 'server' });
  });

  it('refuses a 200 whose JSON is not a receipt', async () => {
    const report = sampleReport();
    const { backend } = await serve((_req, res) => json(res, 200, { ok: true }));
    const error = await failure(
      backend.submitReport(report, { idempotencyKey: report.clientReportId }),
    );
    expect(error.code).toBe('server');
    expect(error.message).toContain('not valid');
  });

  it('fails as offline when nothing listens, and when the server does not answer in time', async () => {
    const closed = httpBackend({ server: 'http://127.0.0.1:9', siteKey: SITE_KEY, timeoutMs: 500 });
    expect((await failure(closed.connect(VISITOR))).code).toBe('offline');

    const { backend } = await serve(() => new Promise(() => undefined));
    const started = Date.now();
    const error = await failure(backend.listTickets());
    expect(error.code).toBe('offline');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('fails as offline when the caller aborts', async () => {
    const { backend } = await serve(() => new Promise(() => undefined));
    const controller = new AbortController();
    const pending = backend.getTicket('abc', { signal: controller.signal });
    controller.abort();
    expect((await failure(pending)).code).toBe('offline');
  });

  it('refuses every call once disposed', async () => {
    const { backend, seen } = await serve((_req, res) => json(res, 200, { tickets: [] }));
    backend.dispose();
    await expect(backend.listTickets()).rejects.toMatchObject({
      name: 'BackendError',
      code: 'offline',
    });
    expect(seen.filter((r) => r.path === '/v1/tickets')).toHaveLength(0);
  });

  it('takes its capabilities from the session and refuses switched-off features', async () => {
    server = await startScriptedServer((_req, res) =>
      json(res, 201, {
        ...sessionAnswer('t1'),
        capabilities: { ...sessionAnswer('t1').capabilities, liveChat: false },
      }),
    );
    const backend = httpBackend({ server: server.url, siteKey: SITE_KEY });
    await backend.connect(VISITOR);
    expect(backend.capabilities.liveChat).toBe(false);
    await expect(backend.getConversation('c')).rejects.toMatchObject({ code: 'unsupported' });
  });
});

describe('httpBackend options', () => {
  it('names a bad option with a ConfigError when it is made', () => {
    const make = (options: Partial<Parameters<typeof httpBackend>[0]>) => () =>
      httpBackend({ server: 'https://support.example.com', siteKey: SITE_KEY, ...options });
    expect(make({})).not.toThrow();
    expect(make({ server: 'support.example.com' })).toThrow(/"server"/);
    expect(make({ server: 'ftp://support.example.com' })).toThrow(/"server"/);
    expect(make({ siteKey: 'secret_123' })).toThrow(/"siteKey"/);
    expect(make({ timeoutMs: -1 })).toThrow(/"timeoutMs"/);
    expect(make({ longPollWaitSec: 60 })).toThrow(/"longPollWaitSec"/);
    expect(make({ server: 'support' })).toThrow(
      expect.objectContaining({ name: 'ConfigError', path: 'server' }),
    );
  });
});
