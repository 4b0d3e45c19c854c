import { conversationSnapshotSchema, liveEventSchema, newId } from '@destek/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agent, call, session, upload } from './helpers/api.ts';
import { openSse } from './helpers/sse.ts';
import { startServer, type TestServer } from './helpers/startServer.ts';

let t: TestServer;

beforeAll(async () => {
  t = await startServer();
});
afterAll(() => t.close());

function start(token: string, text = 'My deposit did not arrive') {
  return call(t.url, 'POST', '/v1/conversations', token, {
    clientId: newId(),
    text,
    category: 'payments',
    locale: 'tr',
    attachments: [],
    context: [],
  });
}

function send(token: string, id: string, text: string, clientId = newId()) {
  return call(t.url, 'POST', `/v1/conversations/${id}/messages`, token, {
    clientId,
    text,
    attachments: [],
  });
}

describe('conversations', () => {
  it('starts a chat in the queue when an agent is online', async () => {
    await agent(t.url, 'POST', '/v1/agent/presence', { online: true });
    const me = await session(t.url);
    const result = await start(me);
    expect(result.status).toBe(201);
    const snapshot = conversationSnapshotSchema.parse(result.body);
    expect(snapshot.status).toBe('queued');
    expect(snapshot.queue?.position).toBeGreaterThanOrEqual(1);
    expect(snapshot.messages[0]).toMatchObject({ seq: 1, from: 'visitor' });
    expect(snapshot.ticketReference).toBeNull();
  });

  it('turns the chat into a ticket when no agent is online', async () => {
    await agent(t.url, 'POST', '/v1/agent/presence', { online: false });
    const me = await session(t.url);
    const result = await start(me);
    expect(result.body.ticketReference).toMatch(/^DT-/);
    expect(result.body.status).toBe('ended');
    expect(result.body.messages.at(-1)).toMatchObject({ from: 'system' });
    const tickets = await call(t.url, 'GET', '/v1/tickets', me);
    expect(tickets.body.tickets[0].reference).toBe(result.body.ticketReference);
    const detail = await call(t.url, 'GET', `/v1/tickets/${tickets.body.tickets[0].id}`, me);
    expect(detail.body.entries[0]).toMatchObject({
      from: 'visitor',
      text: 'My deposit did not arrive',
    });
    await agent(t.url, 'POST', '/v1/agent/presence', { online: true });
  });

  it('is idempotent on clientId for messages', async () => {
    const me = await session(t.url);
    const { id } = (await start(me)).body;
    const clientId = newId();
    const first = await send(me, id, 'hello', clientId);
    const again = await send(me, id, 'hello', clientId);
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    const snapshot = await call(t.url, 'GET', `/v1/conversations/${id}?after=0`, me);
    expect(snapshot.body.messages).toHaveLength(2);
    expect(
      (await call(t.url, 'GET', `/v1/conversations/${id}?after=1`, me)).body.messages,
    ).toHaveLength(1);
  });

  it('accepts the visitor’s own uploads in messages and refuses another visitor’s', async () => {
    const me = await session(t.url);
    const { id } = (await start(me)).body;
    const mine = (
      await upload(t.url, me, new TextEncoder().encode('APP-301 at startup'), 'log.txt')
    ).body;
    const other = await session(t.url);
    const theirs = (await upload(t.url, other, new TextEncoder().encode('secret'), 'x.txt')).body;
    const ok = await call(t.url, 'POST', `/v1/conversations/${id}/messages`, me, {
      clientId: newId(),
      text: '',
      attachments: [mine],
    });
    expect(ok.status).toBe(201);
    expect(ok.body.attachments[0].id).toBe(mine.id);
    const refused = await call(t.url, 'POST', `/v1/conversations/${id}/messages`, me, {
      clientId: newId(),
      text: 'x',
      attachments: [theirs],
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.field).toBe('attachments.0');
    const empty = await call(t.url, 'POST', `/v1/conversations/${id}/messages`, me, {
      clientId: newId(),
      text: ' ',
      attachments: [],
    });
    expect(empty.status).toBe(400);
  });

  it('answers 404 to another visitor for every conversation route', async () => {
    const owner = await session(t.url);
    const { id } = (await start(owner)).body;
    const stranger = await session(t.url);
    expect((await call(t.url, 'GET', `/v1/conversations/${id}`, stranger)).status).toBe(404);
    expect((await send(stranger, id, 'hi')).status).toBe(404);
    expect(
      (await call(t.url, 'GET', `/v1/conversations/${id}/events?wait=0`, stranger)).status,
    ).toBe(404);
    expect(
      (await call(t.url, 'POST', `/v1/conversations/${id}/typing`, stranger, { active: true }))
        .status,
    ).toBe(404);
    expect((await call(t.url, 'POST', `/v1/conversations/${id}/close`, stranger)).status).toBe(404);
  });

  it('streams a state snapshot on connect, then messages with their seq as id, and typing without id', async () => {
    const me = await session(t.url);
    const { id } = (await start(me)).body;
    const stream = await openSse(`${t.url}/v1/conversations/${id}/events`, me);
    try {
      const state = await stream.next((f) => f.event === 'state');
      expect(state.id).toBeNull();
      expect(liveEventSchema.parse(state.data).type).toBe('state');
      expect(state.data.snapshot.messages.map((m: { seq: number }) => m.seq)).toEqual([1]);
      await agent(t.url, 'POST', `/v1/agent/conversations/${id}/claim`);
      await agent(t.url, 'POST', `/v1/agent/conversations/${id}/typing`, { active: true });
      await agent(t.url, 'POST', `/v1/agent/conversations/${id}/messages`, {
        clientId: newId(),
        text: 'Merhaba, bakıyorum.',
      });
      const typing = await stream.next((f) => f.event === 'typing');
      expect(typing.id).toBeNull();
      expect(typing.data).toEqual({ type: 'typing', from: 'agent', active: true });
      const message = await stream.next((f) => f.event === 'message');
      expect(message.id).toBe('2');
      expect(message.data.message).toMatchObject({ seq: 2, from: 'agent', author: 'Aylin' });
      expect((await stream.next((f) => f.event === 'agent')).data.agent.name).toBe('Aylin');
      for (const frame of stream.frames)
        expect(liveEventSchema.safeParse(frame.data).success).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(stream.comments).toBeGreaterThan(0);
    } finally {
      stream.close();
    }
  });

  it('resumes from Last-Event-ID with each missed message once, in order', async () => {
    const me = await session(t.url);
    const { id } = (await start(me)).body;
    const first = await openSse(`${t.url}/v1/conversations/${id}/events`, me);
    await first.next((f) => f.event === 'state');
    await send(me, id, 'two');
    const seen = await first.next((f) => f.event === 'message');
    first.close();
    // Missed while disconnected.
    for (const text of ['three', 'four', 'five']) await send(me, id, text);
    const resumed = await openSse(`${t.url}/v1/conversations/${id}/events`, me, {
      'last-event-id': String(seen.id),
    });
    try {
      const state = await resumed.next((f) => f.event === 'state');
      // Sent while connected: arrive as live events after the snapshot.
      const concurrent = Promise.all([send(me, id, 'six'), send(me, id, 'seven')]);
      await concurrent;
      await resumed.next((f) => f.event === 'message' && f.data.message.seq === 7);
      const seqs = [
        ...state.data.snapshot.messages.map((m: { seq: number }) => m.seq),
        ...resumed.frames.filter((f) => f.event === 'message').map((f) => f.data.message.seq),
      ];
      expect(seqs).toEqual([3, 4, 5, 6, 7]);
    } finally {
      resumed.close();
    }
  });

  it('drops the subscription when the client goes away, and ends streams on shutdown', async () => {
    const local = await startServer();
    const me = await session(local.url);
    const { id } = (
      await call(local.url, 'POST', '/v1/conversations', me, {
        clientId: newId(),
        text: 'hi',
        category: 'payments',
        locale: 'en',
        attachments: [],
        context: [],
      })
    ).body;
    const bus = local.server.context.bus;
    const gone = await openSse(`${local.url}/v1/conversations/${id}/events`, me);
    await gone.next((f) => f.event === 'state');
    expect(bus.subscriberCount(id)).toBe(1);
    gone.close();
    for (let i = 0; i < 50 && bus.subscriberCount(id) > 0; i += 1)
      await new Promise((r) => setTimeout(r, 20));
    expect(bus.subscriberCount(id)).toBe(0);
    const open = await openSse(`${local.url}/v1/conversations/${id}/events`, me);
    await open.next((f) => f.event === 'state');
    const started = performance.now();
    await local.close();
    expect(performance.now() - started).toBeLessThan(1500);
    expect(bus.subscriberCount(id)).toBe(0);
    open.close();
  });

  it('resumes from ?after= as well, and rejects a malformed cursor', async () => {
    const me = await session(t.url);
    const { id } = (await start(me)).body;
    await send(me, id, 'two');
    const stream = await openSse(`${t.url}/v1/conversations/${id}/events?after=1`, me);
    try {
      const state = await stream.next((f) => f.event === 'state');
      expect(state.data.snapshot.messages.map((m: { seq: number }) => m.seq)).toEqual([2]);
    } finally {
      stream.close();
    }
    expect((await call(t.url, 'GET', `/v1/conversations/${id}/events?after=-1`, me)).status).toBe(
      400,
    );
  });

  it('long-polls with ?wait=: answers at once when behind, and wakes on a new message', async () => {
    const me = await session(t.url);
    const { id } = (await start(me)).body;
    const now = await call(t.url, 'GET', `/v1/conversations/${id}/events?wait=5&after=0`, me);
    expect(now.body.messages).toHaveLength(1);
    // A claim changes the state too and would wake the poll: make it first.
    await agent(t.url, 'POST', `/v1/agent/conversations/${id}/claim`);
    const waiting = call(t.url, 'GET', `/v1/conversations/${id}/events?wait=5&after=1`, me);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = performance.now();
    await agent(t.url, 'POST', `/v1/agent/conversations/${id}/messages`, {
      clientId: newId(),
      text: 'Buradayım',
    });
    const woken = await waiting;
    expect(performance.now() - started).toBeLessThan(1000);
    expect(conversationSnapshotSchema.parse(woken.body).messages.map((m) => m.text)).toEqual([
      'Buradayım',
    ]);
    expect((await call(t.url, 'GET', `/v1/conversations/${id}/events?wait=99`, me)).status).toBe(
      400,
    );
  });

  it('closes with the agent’s note and next check date, then takes a rating', async () => {
    const me = await session(t.url);
    const { id } = (await start(me)).body;
    expect(
      (await call(t.url, 'POST', `/v1/conversations/${id}/rating`, me, { score: 5 })).status,
    ).toBe(409);
    const nextCheckAt = new Date(Date.now() + 86_400_000).toISOString();
    const closed = await agent(t.url, 'POST', `/v1/agent/conversations/${id}/close`, {
      text: 'Refund started.',
      nextCheckAt,
    });
    expect(closed.body.closingNote).toEqual({ text: 'Refund started.', nextCheckAt });
    expect((await send(me, id, 'one more thing')).status).toBe(409);
    const rated = await call(t.url, 'POST', `/v1/conversations/${id}/rating`, me, {
      score: 4,
      comment: 'Hızlıydı',
    });
    expect(rated.body.rating).toBe(4);
  });

  it('records reads and visitor typing, and lets the visitor close', async () => {
    const me = await session(t.url);
    const { id } = (await start(me)).body;
    const agentStream = await openSse(
      `${t.url}/v1/agent/conversations/${id}/events`,
      'agent-token-for-tests-0123456789abcdef',
    );
    try {
      await agentStream.next((f) => f.event === 'state');
      expect(
        (await call(t.url, 'POST', `/v1/conversations/${id}/typing`, me, { active: true })).status,
      ).toBe(204);
      expect((await agentStream.next((f) => f.event === 'typing')).data.from).toBe('visitor');
      expect(
        (await call(t.url, 'POST', `/v1/conversations/${id}/read`, me, { seq: 1 })).status,
      ).toBe(204);
      const closed = await call(t.url, 'POST', `/v1/conversations/${id}/close`, me);
      expect(closed.body.status).toBe('ended');
      expect((await agentStream.next((f) => f.event === 'status')).data.status).toBe('ended');
    } finally {
      agentStream.close();
    }
  });
});
