import {
  newId,
  REFERENCE_PATTERN,
  ticketDetailSchema,
  ticketReceiptSchema,
  ticketSummarySchema,
} from '@destek/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonId, call, postReport, report, session } from './helpers/api.ts';
import { startServer, type TestServer } from './helpers/startServer.ts';

let t: TestServer;
let token: string;
// Holds the report route after the key is claimed, for the in-flight case.
let hold: Promise<void> | null = null;

beforeAll(async () => {
  t = await startServer({ hooks: { beforeReportCommit: () => hold ?? Promise.resolve() } });
  token = await session(t.url);
});
afterAll(() => t.close());

describe('POST /v1/reports', () => {
  it('returns a receipt with a DT- reference and the first-response target', async () => {
    const result = await postReport(t.url, token, report({ priority: 'urgent' }));
    expect(result.status).toBe(201);
    const receipt = ticketReceiptSchema.parse(result.body);
    expect(receipt.reference).toMatch(REFERENCE_PATTERN);
    expect(receipt.status).toBe('new');
    expect(receipt.firstResponse.minutes).toBe(30);
    expect(Date.parse(receipt.firstResponse.dueAt) - Date.parse(receipt.createdAt)).toBe(
      30 * 60_000,
    );
  });

  it('answers 400 idempotency_key_missing without the header', async () => {
    const result = await call(t.url, 'POST', '/v1/reports', token, report());
    expect(result.status).toBe(400);
    expect(result.body.error.code).toBe('idempotency_key_missing');
  });

  it('replays the original receipt for the same key and payload', async () => {
    const body = report();
    const key = newId();
    const first = await postReport(t.url, token, body, key);
    const second = await postReport(t.url, token, body, key);
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    const list = await call(t.url, 'GET', '/v1/tickets', token);
    expect(list.body.tickets.filter((x: { id: string }) => x.id === first.body.id)).toHaveLength(1);
  });

  it('treats the same payload with keys in another order as the same payload', async () => {
    const body = report();
    const key = newId();
    const first = await postReport(t.url, token, body, key);
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    const again = await postReport(t.url, token, reordered, key);
    expect(again.body.id).toBe(first.body.id);
  });

  it('answers 422 idempotency_mismatch for the same key with another payload', async () => {
    const key = newId();
    await postReport(t.url, token, report(), key);
    const result = await postReport(t.url, token, report({ summary: 'Another problem' }), key);
    expect(result.status).toBe(422);
    expect(result.body.error.code).toBe('idempotency_mismatch');
  });

  it('answers 409 idempotency_in_flight to a duplicate while the first is running, and writes once', async () => {
    let release = () => {};
    hold = new Promise((resolve) => {
      release = resolve;
    });
    const body = report();
    const key = newId();
    const first = postReport(t.url, token, body, key);
    // The first request is now parked after its claim.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const duplicate = await postReport(t.url, token, body, key);
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.code).toBe('idempotency_in_flight');
    expect(duplicate.headers.get('retry-after')).toBe('1');
    hold = null;
    release();
    const done = await first;
    expect(done.status).toBe(201);
    const replay = await postReport(t.url, token, body, key);
    expect(replay.body.id).toBe(done.body.id);
  });

  it('scopes keys per visitor: another visitor with the same key gets their own ticket', async () => {
    const key = newId();
    const body = report();
    const mine = await postReport(t.url, token, body, key);
    const other = await session(t.url);
    const theirs = await postReport(t.url, other, body, key);
    expect(theirs.status).toBe(201);
    expect(theirs.body.id).not.toBe(mine.body.id);
  });

  it('releases the key when the report is refused, so a corrected retry can use it', async () => {
    const key = newId();
    const bad = report({
      attachments: [
        { id: newId(), name: 'x.png', type: 'image/png', bytes: 10, sha256: 'a'.repeat(64) },
      ],
    });
    expect((await postReport(t.url, token, bad, key)).status).toBe(400);
    expect((await postReport(t.url, token, bad, key)).status).toBe(400);
  });

  it('keeps keys for at least 7 days: a retry after 6 days still replays', async () => {
    let now = Date.now();
    const local = await startServer({ clock: () => now });
    try {
      const visitor = { anonId: anonId() };
      const me = await session(local.url, visitor);
      const body = report();
      const key = newId();
      const first = await postReport(local.url, me, body, key);
      now += 6 * 86_400_000;
      await local.server.sweep();
      // Tokens last a day: the same browser opens a new session.
      const again = await postReport(local.url, await session(local.url, visitor), body, key);
      expect(again.body.id).toBe(first.body.id);
      now += 2 * 86_400_000;
      await local.server.sweep();
      // Past retention the key is forgotten: the same key makes a new ticket.
      const late = await postReport(local.url, await session(local.url, visitor), body, key);
      expect(late.status).toBe(201);
      expect(late.body.id).not.toBe(first.body.id);
    } finally {
      await local.close();
    }
  });
});

describe('tickets', () => {
  it('lists the visitor’s own tickets and shows one in detail', async () => {
    const me = await session(t.url);
    const receipt = (await postReport(t.url, me, report())).body;
    const list = await call(t.url, 'GET', '/v1/tickets', me);
    expect(list.body.tickets).toHaveLength(1);
    expect(ticketSummarySchema.parse(list.body.tickets[0]).reference).toBe(receipt.reference);
    const detail = await call(t.url, 'GET', `/v1/tickets/${receipt.id}`, me);
    expect(ticketDetailSchema.parse(detail.body).escalated).toBe(false);
  });

  it('answers 404 when a visitor reads, adds to or rates another visitor’s ticket', async () => {
    const owner = await session(t.url);
    const receipt = (await postReport(t.url, owner, report())).body;
    const stranger = await session(t.url);
    expect((await call(t.url, 'GET', `/v1/tickets/${receipt.id}`, stranger)).status).toBe(404);
    const addition = { clientId: newId(), text: 'hi', attachments: [] };
    expect(
      (await call(t.url, 'POST', `/v1/tickets/${receipt.id}/entries`, stranger, addition)).status,
    ).toBe(404);
    expect(
      (await call(t.url, 'POST', `/v1/tickets/${receipt.id}/rating`, stranger, { score: 1 }))
        .status,
    ).toBe(404);
    expect((await call(t.url, 'GET', '/v1/tickets', stranger)).body.tickets).toHaveLength(0);
  });

  it('lets the owner add information (idempotent on clientId) and escalate with a reason', async () => {
    const me = await session(t.url);
    const receipt = (await postReport(t.url, me, report({ priority: 'low' }))).body;
    const addition = { clientId: newId(), text: 'It happened again at 19:45', attachments: [] };
    const first = await call(t.url, 'POST', `/v1/tickets/${receipt.id}/entries`, me, addition);
    const again = await call(t.url, 'POST', `/v1/tickets/${receipt.id}/entries`, me, addition);
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    const escalated = await call(t.url, 'POST', `/v1/tickets/${receipt.id}/escalation`, me, {
      reason: 'Waiting three days',
    });
    expect(escalated.body).toMatchObject({ escalated: true, priority: 'normal' });
    expect(escalated.body.entries).toHaveLength(1);
  });

  it('refuses a rating before the ticket is solved', async () => {
    const me = await session(t.url);
    const receipt = (await postReport(t.url, me, report())).body;
    const result = await call(t.url, 'POST', `/v1/tickets/${receipt.id}/rating`, me, { score: 5 });
    expect(result.status).toBe(409);
    expect(result.body.error.code).toBe('conflict');
  });
});
