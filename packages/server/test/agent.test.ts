import {
  agentMetricsSchema,
  agentQueueItemSchema,
  agentTicketSchema,
  historyEntrySchema,
  newId,
  statusSchema,
} from '@destek/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agent, call, postReport, report, session } from './helpers/api.ts';
import { startServer, type TestServer } from './helpers/startServer.ts';
import { AGENT_ID, AGENT_TOKEN, testConfig } from './helpers/testConfig.ts';

const SECOND_TOKEN = 'second-agent-token-0123456789abcdef';
let now = Date.now();
let t: TestServer;

beforeAll(async () => {
  t = await startServer({
    clock: () => now,
    config: testConfig({
      agents: [
        { id: AGENT_ID, name: 'Aylin', token: AGENT_TOKEN },
        { id: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f', name: 'Murat', token: SECOND_TOKEN },
      ],
      ticketIdleSec: 3600,
    }),
  });
});
afterAll(() => t.close());

describe('agent API', () => {
  it('refuses calls without a valid agent token', async () => {
    expect((await call(t.url, 'GET', '/v1/agent/queue', null)).status).toBe(401);
    expect((await call(t.url, 'GET', '/v1/agent/queue', `${AGENT_TOKEN}x`)).status).toBe(401);
    const visitor = await session(t.url);
    expect((await call(t.url, 'GET', '/v1/agent/queue', visitor)).status).toBe(401);
  });

  it('shows the queue, lets one agent claim, and refuses a second claim', async () => {
    await agent(t.url, 'POST', '/v1/agent/presence', { online: true });
    const me = await session(t.url);
    const start = await call(t.url, 'POST', '/v1/conversations', me, {
      clientId: newId(),
      text: 'Çekimim 3 gündür beklemede',
      category: 'withdrawals',
      locale: 'tr',
      attachments: [],
      context: [],
    });
    const queue = await agent(t.url, 'GET', '/v1/agent/queue');
    const item = queue.body.conversations.find((c: { id: string }) => c.id === start.body.id);
    expect(agentQueueItemSchema.parse(item).preview).toBe('Çekimim 3 gündür beklemede');
    const claimed = await agent(t.url, 'POST', `/v1/agent/conversations/${start.body.id}/claim`);
    expect(claimed.body).toMatchObject({
      status: 'active',
      agent: { id: AGENT_ID, name: 'Aylin' },
    });
    const second = await call(
      t.url,
      'POST',
      `/v1/agent/conversations/${start.body.id}/claim`,
      SECOND_TOKEN,
    );
    expect(second.status).toBe(409);
  });

  it('walks a ticket through its lifecycle with every change in its history', async () => {
    const me = await session(t.url);
    const receipt = (await postReport(t.url, me, report())).body;
    const list = await agent(t.url, 'GET', '/v1/agent/tickets?status=new');
    expect(list.body.tickets.map((x: { id: string }) => x.id)).toContain(receipt.id);
    agentTicketSchema.parse(list.body.tickets[0]);

    now += 10 * 60_000;
    const reply = await agent(t.url, 'POST', `/v1/agent/tickets/${receipt.id}/replies`, {
      clientId: newId(),
      text: 'Bankanızdan dekont rica ediyoruz.',
    });
    expect(reply.status).toBe(201);
    let mine = await call(t.url, 'GET', '/v1/tickets', me);
    expect(mine.body.tickets[0]).toMatchObject({ status: 'pending', unread: 1 });
    await call(t.url, 'GET', `/v1/tickets/${receipt.id}`, me);
    mine = await call(t.url, 'GET', '/v1/tickets', me);
    expect(mine.body.tickets[0].unread).toBe(0);

    await agent(t.url, 'POST', `/v1/agent/tickets/${receipt.id}/update`, {
      category: 'withdrawals',
      priority: 'urgent',
    });
    await agent(t.url, 'POST', `/v1/agent/tickets/${receipt.id}/escalation`, {
      team: 'payments-l2',
      reason: 'Bank trace needed',
    });
    now += 20 * 60_000;
    await agent(t.url, 'POST', `/v1/agent/tickets/${receipt.id}/update`, { status: 'solved' });
    const before = await agent(t.url, 'GET', `/v1/agent/tickets/${receipt.id}`);
    expect(before.body.ticket.ratingRequested).toBe(false);
    const asked = await agent(t.url, 'POST', `/v1/agent/tickets/${receipt.id}/rating-request`);
    // The console reads it to stop offering to ask.
    expect(asked.body.ticket.ratingRequested).toBe(true);
    // Asked once: a second press changes nothing (no second question, no second history line).
    const again = await agent(t.url, 'POST', `/v1/agent/tickets/${receipt.id}/rating-request`);
    expect(again.status).toBe(200);
    expect(again.body.entries.filter((e: { from: string }) => e.from === 'system')).toHaveLength(1);
    expect(
      (await call(t.url, 'POST', `/v1/tickets/${receipt.id}/rating`, me, { score: 5 })).status,
    ).toBe(200);
    await agent(t.url, 'POST', `/v1/agent/tickets/${receipt.id}/update`, { status: 'closed' });
    expect(
      (await agent(t.url, 'POST', `/v1/agent/tickets/${receipt.id}/update`, { status: 'open' }))
        .status,
    ).toBe(409);

    const detail = await agent(t.url, 'GET', `/v1/agent/tickets/${receipt.id}`);
    expect(detail.body.ticket).toMatchObject({
      status: 'closed',
      team: 'payments-l2',
      tier: 2,
      priority: 'urgent',
      escalated: true,
    });
    expect(detail.body.report.summary).toBe(report().summary);
    const history = detail.body.history.map((h: unknown) => historyEntrySchema.parse(h));
    expect(history.map((h: { action: string }) => h.action)).toEqual([
      'created',
      'replied',
      'status_changed',
      'category_changed',
      'priority_changed',
      'escalated',
      'status_changed',
      'rating_requested',
      'rated',
      'status_changed',
    ]);
    expect(history[1]?.actor).toBe(`agent:${AGENT_ID}`);
    expect(history[0]?.actor).toBe('visitor');
  });

  it('reports metrics: first response, resolution, first-contact resolution, rating', async () => {
    const metrics = agentMetricsSchema.parse((await agent(t.url, 'GET', '/v1/agent/metrics')).body);
    expect(metrics.tickets).toBeGreaterThanOrEqual(1);
    expect(metrics.firstResponseSec.p50).toBe(600);
    expect(metrics.resolutionSec.p50).toBe(1800);
    expect(metrics.firstContactResolution).toBe(1);
    expect(metrics.ratingAverage).toBe(5);
    expect((await agent(t.url, 'GET', '/v1/agent/metrics?since=yesterday')).status).toBe(400);
  });

  it('marks tickets idle past the configured period inactive, as the system', async () => {
    const me = await session(t.url);
    const receipt = (await postReport(t.url, me, report())).body;
    now += 2 * 3600_000;
    const swept = await t.server.sweep();
    expect(swept.inactive).toBeGreaterThanOrEqual(1);
    const detail = await agent(t.url, 'GET', `/v1/agent/tickets/${receipt.id}`);
    expect(detail.body.ticket.status).toBe('inactive');
    expect(detail.body.history.at(-1)).toMatchObject({ actor: 'system', action: 'status_changed' });
    // New information from the owner wakes it up.
    await call(t.url, 'POST', `/v1/tickets/${receipt.id}/entries`, me, {
      clientId: newId(),
      text: 'Still broken',
      attachments: [],
    });
    expect((await agent(t.url, 'GET', `/v1/agent/tickets/${receipt.id}`)).body.ticket.status).toBe(
      'open',
    );
  });
});

describe('status and FAQ', () => {
  it('reports server time, agents online and the queue length', async () => {
    await agent(t.url, 'POST', '/v1/agent/presence', { online: true });
    const status = statusSchema.parse((await call(t.url, 'GET', '/v1/status', null)).body);
    expect(status.agentsOnline).toBe(1);
    expect(status.businessHours).toEqual({ open: true, nextOpenAt: null });
    expect(Math.abs(Date.parse(status.serverTime) - now)).toBeLessThan(1000);
  });

  it('finds articles by keyword, error code and locale, and lists the most asked without a query', async () => {
    const otp = await call(t.url, 'GET', '/v1/faq?q=OTP%20code&locale=en', null);
    expect(otp.body.articles.map((a: { id: string }) => a.id)).toEqual(['otp-not-received']);
    const tr = await call(t.url, 'GET', '/v1/faq?q=PMT-105&locale=tr-TR', null);
    expect(tr.body.articles[0].id).toBe('para-yatirma');
    const top = await call(t.url, 'GET', '/v1/faq', null);
    expect(top.body.articles[0].id).toBe('otp-not-received');
  });
});
