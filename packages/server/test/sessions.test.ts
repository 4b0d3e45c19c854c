import { sessionResponseSchema } from '@destek/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Answer, anonId, call, postReport, report, session, sign } from './helpers/api.ts';
import { startServer, type TestServer } from './helpers/startServer.ts';
import {
  ORIGIN,
  OTHER_ORIGIN,
  OTHER_SITE_KEY,
  SITE_KEY,
  testConfig,
} from './helpers/testConfig.ts';

let t: TestServer;

beforeAll(async () => {
  t = await startServer();
});
afterAll(() => t.close());

function open(body: Record<string, unknown>, origin: string | null = ORIGIN) {
  return call(
    t.url,
    'POST',
    '/v1/sessions',
    null,
    { siteKey: SITE_KEY, anonId: anonId(), ...body },
    origin ? { origin } : {},
  );
}

describe('POST /v1/sessions', () => {
  it('gives an anonymous visitor a token and the capabilities', async () => {
    const result = await open({});
    expect(result.status).toBe(201);
    const body = sessionResponseSchema.parse(result.body);
    expect(body.verified).toBe(false);
    expect(body.capabilities.liveChat).toBe(true);
  });

  it('verifies a signed identity, and the same user finds their tickets from another browser', async () => {
    const user = { id: 'user-42', email: 'ayse@example.com', signature: sign('user-42') };
    const first = await open({ user });
    expect(first.body.verified).toBe(true);
    const receipt = (await postReport(t.url, first.body.token, report())).body;
    const second = await open({ user });
    const list = await call(t.url, 'GET', '/v1/tickets', second.body.token);
    expect(list.body.tickets.map((x: { id: string }) => x.id)).toContain(receipt.id);
  });

  it('never shows a user’s history to a page that claims their id with a wrong or missing signature', async () => {
    const owner = await open({ user: { id: 'user-77', signature: sign('user-77') } });
    await postReport(t.url, owner.body.token, report());
    for (const user of [
      { id: 'user-77' },
      { id: 'user-77', signature: sign('user-78') },
      { id: 'user-77', signature: sign('user-77', 'another-secret-0123456789') },
    ]) {
      const forged = await open({ user });
      expect(forged.body.verified).toBe(false);
      expect(
        (await call(t.url, 'GET', '/v1/tickets', forged.body.token)).body.tickets,
      ).toHaveLength(0);
    }
  });

  it('refuses unsigned or wrongly signed identities where the site requires a signature', async () => {
    const base = { siteKey: OTHER_SITE_KEY, anonId: anonId() };
    const unsigned = await call(
      t.url,
      'POST',
      '/v1/sessions',
      null,
      { ...base, user: { id: 'u1' } },
      { origin: OTHER_ORIGIN },
    );
    expect(unsigned.status).toBe(401);
    expect(unsigned.body.error.code).toBe('identity_rejected');
    const wrong = await call(
      t.url,
      'POST',
      '/v1/sessions',
      null,
      { ...base, user: { id: 'u1', signature: sign('u2') } },
      { origin: OTHER_ORIGIN },
    );
    expect(wrong.body.error.code).toBe('identity_rejected');
    const good = await call(
      t.url,
      'POST',
      '/v1/sessions',
      null,
      { ...base, user: { id: 'u1', signature: sign('u1') } },
      { origin: OTHER_ORIGIN },
    );
    expect(good.status).toBe(201);
  });

  it('answers 401 unknown_site to an unknown site key', async () => {
    const result = await call(t.url, 'POST', '/v1/sessions', null, {
      siteKey: 'pk_nobody_here',
      anonId: anonId(),
    });
    expect(result.body.error.code).toBe('unknown_site');
  });

  it('refuses an expired token', async () => {
    let now = Date.now();
    const local = await startServer({ clock: () => now });
    try {
      const token = await session(local.url);
      expect((await call(local.url, 'GET', '/v1/tickets', token)).status).toBe(200);
      now += 86_400_000 + 1;
      expect((await call(local.url, 'GET', '/v1/tickets', token)).status).toBe(401);
    } finally {
      await local.close();
    }
  });
});

describe('CORS', () => {
  it('allows the exact origin of the site key, and only it', async () => {
    const result = await open({}, ORIGIN);
    expect(result.headers.get('access-control-allow-origin')).toBe(ORIGIN);
  });

  it('refuses foreign and look-alike origins without an allow header', async () => {
    const lookAlikes = [
      'https://evil.example.net',
      'https://shop.example.com.evil.net',
      'https://evilshop.example.com',
      'http://shop.example.com',
      'https://shop.example.com:8443',
      'null',
      OTHER_ORIGIN,
    ];
    for (const origin of lookAlikes) {
      const result = await open({}, origin);
      expect(result.status, origin).toBe(403);
      expect(result.body.error.code).toBe('origin_not_allowed');
      expect(result.headers.get('access-control-allow-origin'), origin).toBeNull();
    }
  });

  it('refuses a valid token used from another site’s origin', async () => {
    const token = await session(t.url);
    const result = await call(t.url, 'GET', '/v1/tickets', token, undefined, {
      origin: OTHER_ORIGIN,
    });
    expect(result.status).toBe(403);
    expect(result.headers.get('access-control-allow-origin')).toBeNull();
    const ok = await call(t.url, 'GET', '/v1/tickets', token, undefined, { origin: ORIGIN });
    expect(ok.headers.get('access-control-allow-origin')).toBe(ORIGIN);
  });

  it('answers preflights for configured origins only, never echoing others', async () => {
    const preflight = (origin: string) =>
      fetch(`${t.url}/v1/reports`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization, idempotency-key',
        },
      });
    const good = await preflight(ORIGIN);
    expect(good.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(good.headers.get('access-control-allow-headers')).toContain('idempotency-key');
    const bad = await preflight('https://shop.example.com.evil.net');
    expect(bad.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('gives agent routes no CORS at all', async () => {
    const result = await fetch(`${t.url}/v1/agent/queue`, {
      method: 'OPTIONS',
      headers: { origin: ORIGIN },
    });
    expect(result.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('rate limits', () => {
  async function limited(limits: Record<string, { limit: number; windowSec: number }>) {
    const big = { limit: 100_000, windowSec: 60 };
    return startServer({
      config: testConfig({
        rateLimits: {
          perIp: big,
          perVisitor: big,
          sessionsPerIp: big,
          reportsPerVisitor: big,
          ...limits,
        },
      }),
    });
  }

  function expect429(result: Answer) {
    expect(result.status).toBe(429);
    expect(result.body.error.code).toBe('rate_limited');
    expect(Number(result.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(result.body.error.retryAfterMs).toBeGreaterThan(0);
  }

  it('limits requests per IP', async () => {
    const local = await limited({ perIp: { limit: 3, windowSec: 60 } });
    try {
      for (let i = 0; i < 3; i += 1)
        expect((await call(local.url, 'GET', '/v1/status', null)).status).toBe(200);
      expect429(await call(local.url, 'GET', '/v1/status', null));
    } finally {
      await local.close();
    }
  });

  it('limits session creation per IP', async () => {
    const local = await limited({ sessionsPerIp: { limit: 2, windowSec: 60 } });
    try {
      await session(local.url);
      await session(local.url);
      expect429(
        await call(local.url, 'POST', '/v1/sessions', null, {
          siteKey: SITE_KEY,
          anonId: anonId(),
        }),
      );
    } finally {
      await local.close();
    }
  });

  it('limits requests per visitor, without touching other visitors', async () => {
    const local = await limited({ perVisitor: { limit: 2, windowSec: 60 } });
    try {
      const busy = await session(local.url);
      await call(local.url, 'GET', '/v1/tickets', busy);
      await call(local.url, 'GET', '/v1/tickets', busy);
      expect429(await call(local.url, 'GET', '/v1/tickets', busy));
      expect((await call(local.url, 'GET', '/v1/tickets', await session(local.url))).status).toBe(
        200,
      );
    } finally {
      await local.close();
    }
  });

  it('limits reports per visitor', async () => {
    const local = await limited({ reportsPerVisitor: { limit: 1, windowSec: 3600 } });
    try {
      const me = await session(local.url);
      expect((await postReport(local.url, me, report())).status).toBe(201);
      const second = await postReport(local.url, me, report());
      expect429(second);
      expect(Number(second.headers.get('retry-after'))).toBeGreaterThan(3500);
    } finally {
      await local.close();
    }
  });
});
