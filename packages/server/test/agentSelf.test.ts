import { agentMeSchema, agentQueueItemSchema, newId, statusSchema } from '@destek/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agent, call, postReport, report, session } from './helpers/api.ts';
import { startServer, type TestServer } from './helpers/startServer.ts';
import { AGENT_ID, AGENT_TOKEN, testConfig } from './helpers/testConfig.ts';

const SECOND_ID = '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
const SECOND_TOKEN = 'second-agent-token-0123456789abcdef';
let now = Date.now();
let t: TestServer;

beforeAll(async () => {
  t = await startServer({
    clock: () => now,
    config: testConfig({
      agents: [
        { id: AGENT_ID, name: 'Aylin', token: AGENT_TOKEN },
        { id: SECOND_ID, name: 'Murat', token: SECOND_TOKEN },
      ],
      agentPresenceTtlSec: 120,
    }),
  });
});
afterAll(() => t.close());

async function agentsOnline(): Promise<number> {
  return statusSchema.parse((await call(t.url, 'GET', '/v1/status', null)).body).agentsOnline;
}

async function startChat(text: string): Promise<string> {
  const visitor = await session(t.url);
  const started = await call(t.url, 'POST', '/v1/conversations', visitor, {
    clientId: newId(),
    text,
    category: 'payments',
    locale: 'tr',
    attachments: [],
    context: [],
  });
  expect(started.body.status).toBe('queued');
  return started.body.id as string;
}

describe('agent presence', () => {
  it('keeps an agent who went offline offline through ticket and chat actions', async () => {
    await agent(t.url, 'POST', '/v1/agent/presence', { online: true });
    const id = await startChat('Para çekme işlemim beklemede');
    await agent(t.url, 'POST', `/v1/agent/conversations/${id}/claim`);
    await agent(t.url, 'POST', '/v1/agent/presence', { online: false });
    expect(await agentsOnline()).toBe(0);

    // Finishing work while offline: none of these may put the agent back online.
    const visitor = await session(t.url);
    const receipt = (await postReport(t.url, visitor, report())).body;
    await agent(t.url, 'GET', '/v1/agent/queue');
    await agent(t.url, 'GET', '/v1/agent/tickets');
    await agent(t.url, 'POST', `/v1/agent/tickets/${receipt.id}/replies`, {
      clientId: newId(),
      text: 'Dekontu bekliyoruz.',
    });
    await agent(t.url, 'POST', `/v1/agent/conversations/${id}/messages`, {
      clientId: newId(),
      text: 'Kontrol ediyorum.',
    });
    expect(await agentsOnline()).toBe(0);
    expect((await agent(t.url, 'GET', '/v1/agent/me')).body.online).toBe(false);

    // And a chat started now becomes a ticket: nobody is taking chats.
    const late = await call(t.url, 'POST', '/v1/conversations', visitor, {
      clientId: newId(),
      text: 'Merhaba?',
      category: 'payments',
      locale: 'tr',
      attachments: [],
      context: [],
    });
    expect(late.body.status).toBe('ended');
    expect(late.body.ticketReference).toMatch(/^DT-/);
  });

  it('lapses after the TTL unless the presence route renews it', async () => {
    await agent(t.url, 'POST', '/v1/agent/presence', { online: true });
    expect(await agentsOnline()).toBe(1);
    now += 100_000;
    await agent(t.url, 'GET', '/v1/agent/queue');
    now += 30_000;
    expect(await agentsOnline()).toBe(0);
    await agent(t.url, 'POST', '/v1/agent/presence', { online: true });
    now += 100_000;
    await agent(t.url, 'POST', '/v1/agent/presence', { online: true });
    now += 100_000;
    expect(await agentsOnline()).toBe(1);
  });
});

describe('GET /v1/agent/me', () => {
  it("names the token's agent and says whether they are online", async () => {
    await call(t.url, 'POST', '/v1/agent/presence', SECOND_TOKEN, { online: false });
    const offline = await call(t.url, 'GET', '/v1/agent/me', SECOND_TOKEN);
    expect(agentMeSchema.parse(offline.body)).toEqual({
      id: SECOND_ID,
      name: 'Murat',
      online: false,
    });
    await call(t.url, 'POST', '/v1/agent/presence', SECOND_TOKEN, { online: true });
    const online = await call(t.url, 'GET', '/v1/agent/me', SECOND_TOKEN);
    expect(online.body).toEqual({ id: SECOND_ID, name: 'Murat', online: true });
  });

  it('refuses a visitor token', async () => {
    const visitor = await session(t.url);
    expect((await call(t.url, 'GET', '/v1/agent/me', visitor)).status).toBe(401);
  });
});

describe('GET /v1/agent/queue?mine=1', () => {
  it("lists the agent's own active chats and nobody else's", async () => {
    await agent(t.url, 'POST', '/v1/agent/presence', { online: true });
    const first = await startChat('Birinci sohbet');
    const second = await startChat('İkinci sohbet');
    const theirs = await startChat('Başkasının sohbeti');
    const ended = await startChat('Biten sohbet');
    const waiting = await startChat('Bekleyen sohbet');
    now += 1000;
    await agent(t.url, 'POST', `/v1/agent/conversations/${first}/claim`);
    now += 1000;
    await agent(t.url, 'POST', `/v1/agent/conversations/${second}/claim`);
    await agent(t.url, 'POST', `/v1/agent/conversations/${ended}/claim`);
    await agent(t.url, 'POST', `/v1/agent/conversations/${ended}/close`, { text: 'Çözüldü.' });
    await call(t.url, 'POST', `/v1/agent/conversations/${theirs}/claim`, SECOND_TOKEN);

    const mine = await agent(t.url, 'GET', '/v1/agent/queue?mine=1');
    expect(mine.status).toBe(200);
    const items = mine.body.conversations.map((item: unknown) => agentQueueItemSchema.parse(item));
    const ids = items.map((item: { id: string }) => item.id);
    expect(ids).toContain(first);
    expect(ids).toContain(second);
    expect(ids.indexOf(first)).toBeLessThan(ids.indexOf(second));
    expect(ids).not.toContain(theirs);
    expect(ids).not.toContain(ended);
    expect(ids).not.toContain(waiting);
    const item = items.find((x: { id: string }) => x.id === second);
    expect(item).toMatchObject({
      status: 'active',
      position: null,
      agentId: AGENT_ID,
      preview: 'İkinci sohbet',
      locale: 'tr',
    });
    expect(item.claimedAt).toBe(new Date(now).toISOString());

    const queue = await agent(t.url, 'GET', '/v1/agent/queue');
    const queued = queue.body.conversations.map((x: { id: string }) => x.id);
    expect(queued).toContain(waiting);
    expect(queued).not.toContain(first);
    expect(queue.body.conversations[0].claimedAt).toBeUndefined();
  });

  it('answers 400 to a mine that is not 0 or 1', async () => {
    const answer = await agent(t.url, 'GET', '/v1/agent/queue?mine=yes');
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatchObject({ code: 'invalid_parameter', field: 'mine' });
  });
});
