import {
  agentMetricsSchema,
  agentRatingSchema,
  agentTicketSchema,
  cannedResponseSchema,
  errorBodySchema,
  newId,
  ticketReceiptSchema,
} from '@destek/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailMessage } from '../src/mail/Mailer.ts';
import { agent, call, session, sign } from './helpers/api.ts';
import { openSse } from './helpers/sse.ts';
import { startServer, type TestServer } from './helpers/startServer.ts';
import { testConfig } from './helpers/testConfig.ts';

let now = Date.parse('2026-03-02T09:00:00Z');
let t: TestServer;
// An in-process mailer: these tests are about the routes; mail.test.ts covers real SMTP.
const outbox: MailMessage[] = [];

const CANNED = [
  { id: 'greeting', title: 'Greeting', text: 'Hello, I am looking at it now.', locale: 'en' },
  { id: 'karsilama', title: 'Karşılama', text: 'Merhaba, hemen bakıyorum.', locale: 'tr-TR' },
  { id: 'thanks', title: 'Thanks', text: 'Thank you! / Teşekkürler!' },
];

beforeAll(async () => {
  t = await startServer({
    clock: () => now,
    mailer: { send: async (message) => void outbox.push(message) },
    config: testConfig({
      cannedResponses: CANNED,
      // The tests move the clock by days; the agent stays online through them.
      agentPresenceTtlSec: 30 * 86_400,
      rateLimits: {
        perIp: { limit: 100_000, windowSec: 60 },
        perVisitor: { limit: 100_000, windowSec: 60 },
        sessionsPerIp: { limit: 100_000, windowSec: 60 },
        reportsPerVisitor: { limit: 100_000, windowSec: 60 },
        mailsPerVisitor: { limit: 2, windowSec: 3600 },
      },
    }),
  });
  await agent(t.url, 'POST', '/v1/agent/presence', { online: true });
});
afterAll(() => t.close());

function expectError(result: { status: number; body: unknown }, code: string, field?: string) {
  expect(errorBodySchema.safeParse(result.body).success).toBe(true);
  expect((result.body as { error: { code: string } }).error.code).toBe(code);
  if (field !== undefined)
    expect((result.body as { error: { field: string } }).error.field).toBe(field);
}

function startChat(token: string, text: string, extra: Record<string, unknown> = {}) {
  return call(t.url, 'POST', '/v1/conversations', token, {
    clientId: newId(),
    text,
    category: 'payments',
    locale: 'en',
    attachments: [],
    context: [],
    ...extra,
  });
}

describe('turning a chat into a ticket', () => {
  it('carries the transcript, ends the chat with its reference, and answers the same receipt again', async () => {
    const me = await session(t.url);
    const chat = await startChat(me, 'My withdrawal is stuck\nsince Monday');
    await agent(t.url, 'POST', `/v1/agent/conversations/${chat.body.id}/messages`, {
      clientId: newId(),
      text: 'Let me check with the bank.',
    });
    const live = await openSse(`${t.url}/v1/conversations/${chat.body.id}/events`, me);
    await live.next((f) => f.event === 'state');
    const first = await call(t.url, 'POST', `/v1/conversations/${chat.body.id}/ticket`, me);
    expect(first.status).toBe(201);
    const receipt = ticketReceiptSchema.parse(first.body);
    const again = await call(t.url, 'POST', `/v1/conversations/${chat.body.id}/ticket`, me);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);

    const notice = await live.next(
      (f) => f.event === 'message' && f.data.message.from === 'system',
    );
    expect(notice.data.message.text).toContain(receipt.reference);
    expect((await live.next((f) => f.event === 'status')).data.status).toBe('ended');
    live.close();

    const snapshot = await call(t.url, 'GET', `/v1/conversations/${chat.body.id}`, me);
    expect(snapshot.body).toMatchObject({ status: 'ended', ticketReference: receipt.reference });
    const mine = await call(t.url, 'GET', `/v1/tickets/${receipt.id}`, me);
    expect(mine.body.summary).toBe('My withdrawal is stuck');
    expect(mine.body.unread).toBe(0);
    expect(mine.body.entries.map((e: { from: string; text: string }) => [e.from, e.text])).toEqual([
      ['visitor', 'My withdrawal is stuck\nsince Monday'],
      ['agent', 'Let me check with the bank.'],
    ]);
    const seen = await agent(t.url, 'GET', `/v1/agent/tickets/${receipt.id}`);
    expect(agentTicketSchema.parse(seen.body.ticket)).toMatchObject({
      conversationId: chat.body.id,
      email: null,
    });
    expect(seen.body.history[0]).toMatchObject({
      action: 'created',
      detail: { source: 'chat', reason: 'asked' },
    });
    const sent = await call(t.url, 'POST', `/v1/conversations/${chat.body.id}/messages`, me, {
      clientId: newId(),
      text: 'Hello?',
      attachments: [],
    });
    expectError(sent, 'conflict');
  });

  it('tells the visitor in the language they chatted in', async () => {
    const me = await session(t.url);
    const chat = await startChat(me, 'Para çekme işlemim bekliyor', { locale: 'tr-TR' });
    const converted = await call(t.url, 'POST', `/v1/conversations/${chat.body.id}/ticket`, me);
    const { reference } = ticketReceiptSchema.parse(converted.body);
    const snapshot = await call(t.url, 'GET', `/v1/conversations/${chat.body.id}`, me);
    const notice = snapshot.body.messages.find((m: { from: string }) => m.from === 'system');
    expect(notice.text).toBe(
      `Bu sohbet ${reference} numarasıyla kaydedildi; yanıt Taleplerim bölümünde görünecek.`,
    );
  });

  it('replies to the identity’s address, or to the one typed for the chat', async () => {
    const identified = await session(t.url, {
      user: { id: 'user-77', email: 'selin@example.com', signature: sign('user-77') },
    });
    const a = await startChat(identified, 'Bonus missing');
    const b = await startChat(identified, 'Bonus missing again', { email: 'work@example.com' });
    for (const [chat, email] of [
      [a, 'selin@example.com'],
      [b, 'work@example.com'],
    ] as const) {
      const receipt = await call(
        t.url,
        'POST',
        `/v1/conversations/${chat.body.id}/ticket`,
        identified,
      );
      const seen = await agent(t.url, 'GET', `/v1/agent/tickets/${receipt.body.id}`);
      expect(seen.body.ticket.email).toBe(email);
    }
  });

  it('refuses a malformed address, an unknown chat and another visitor’s chat', async () => {
    const me = await session(t.url);
    expectError(await startChat(me, 'x', { email: 'nobody@' }), 'invalid_body', 'email');
    expectError(await call(t.url, 'POST', `/v1/conversations/${newId()}/ticket`, me), 'not_found');
    const chat = await startChat(me, 'Mine');
    const other = await session(t.url);
    expectError(
      await call(t.url, 'POST', `/v1/conversations/${chat.body.id}/ticket`, other),
      'not_found',
    );
    expect(
      (await call(t.url, 'POST', `/v1/conversations/${chat.body.id}/ticket`, null)).status,
    ).toBe(401);
  });
});

describe('transcript by e-mail', () => {
  it('takes the request at once, refuses bad addresses and counts against the visitor’s mail limit', async () => {
    const me = await session(t.url);
    const chat = await startChat(me, 'Please send me this');
    const path = `/v1/conversations/${chat.body.id}/transcript`;
    expectError(
      await call(t.url, 'POST', path, me, { email: 'a@example.com, b@example.com' }),
      'invalid_body',
      'email',
    );
    expectError(
      await call(t.url, 'POST', path, me, { email: 'a@example.com', bcc: 'x@example.com' }),
      'invalid_body',
      'bcc',
    );
    expectError(
      await call(t.url, 'POST', path, me, 'email=a@example.com', { 'content-type': 'text/plain' }),
      'unsupported_media_type',
    );
    expect((await call(t.url, 'POST', path, me, { email: 'a@example.com' })).status).toBe(202);
    expect((await call(t.url, 'POST', path, me, { email: 'a@example.com' })).status).toBe(202);
    const third = await call(t.url, 'POST', path, me, { email: 'a@example.com' });
    expect(third.status).toBe(429);
    expectError(third, 'rate_limited');
    await t.server.context.mail?.idle();
    expect(outbox.filter((m) => m.to === 'a@example.com')).toHaveLength(2);
  });

  it('is unsupported, and the capability off, on a server without mail', async () => {
    const plain = await startServer();
    try {
      const opened = await call(plain.url, 'POST', '/v1/sessions', null, {
        siteKey: 'pk_test_shop_0001',
        anonId: 'anon_no_mail_0000000001',
      });
      expect(opened.body.capabilities.email).toBe(false);
      const result = await call(
        plain.url,
        'POST',
        `/v1/conversations/${newId()}/transcript`,
        opened.body.token,
        { email: 'a@example.com' },
      );
      expect(result.status).toBe(501);
      expectError(result, 'unsupported');
    } finally {
      await plain.close();
    }
  });
});

describe('self-help feedback, canned responses, ratings and metrics', () => {
  it('counts "Did this solve it?" once per visitor and article, refusing what it cannot count', async () => {
    now += 86_400_000;
    const since = new Date(now).toISOString();
    const [a, b] = [await session(t.url), await session(t.url)];
    const feedback = (token: string | null, id: string, body: unknown) =>
      call(t.url, 'POST', `/v1/faq/${id}/feedback`, token, body);
    expect((await feedback(a, 'otp-not-received', { helped: false })).status).toBe(204);
    expect((await feedback(a, 'otp-not-received', { helped: true })).status).toBe(204);
    expect((await feedback(b, 'otp-not-received', { helped: true })).status).toBe(204);
    expect((await feedback(b, 'para-yatirma', { helped: false })).status).toBe(204);
    expectError(await feedback(a, 'no-such-article', { helped: true }), 'not_found');
    expectError(await feedback(a, 'Not%20an%20id', { helped: true }), 'invalid_parameter', 'id');
    expectError(await feedback(a, 'otp-not-received', { helped: 'yes' }), 'invalid_body', 'helped');
    expectError(await feedback(a, 'otp-not-received', {}), 'invalid_body', 'helped');
    expect((await feedback(null, 'otp-not-received', { helped: true })).status).toBe(401);

    const metrics = agentMetricsSchema.parse(
      (await agent(t.url, 'GET', `/v1/agent/metrics?since=${since}`)).body,
    );
    expect(metrics.deflections).toEqual({
      helped: 2,
      notHelped: 1,
      rate: 2 / 3,
      articles: [
        {
          id: 'otp-not-received',
          title: 'I do not receive the verification code',
          helped: 2,
          notHelped: 0,
        },
        { id: 'para-yatirma', title: 'Yatırdığım para hesabıma geçmedi', helped: 0, notHelped: 1 },
      ],
    });
  });

  it('offers the canned responses for the chat’s language and those for every language', async () => {
    const all = await agent(t.url, 'GET', '/v1/agent/canned');
    expect(all.body.responses.map((r: unknown) => cannedResponseSchema.parse(r).id)).toEqual([
      'greeting',
      'karsilama',
      'thanks',
    ]);
    const turkish = await agent(t.url, 'GET', '/v1/agent/canned?locale=tr');
    expect(turkish.body.responses.map((r: { id: string }) => r.id)).toEqual([
      'karsilama',
      'thanks',
    ]);
    expectError(
      await agent(t.url, 'GET', '/v1/agent/canned?locale=tr_TR!'),
      'invalid_parameter',
      'locale',
    );
    expect((await call(t.url, 'GET', '/v1/agent/canned', null)).status).toBe(401);
  });

  it('keeps rating comments and shows them to agents, newest first', async () => {
    now += 86_400_000;
    const since = new Date(now).toISOString();
    const me = await session(t.url);
    const chat = await startChat(me, 'Card declined');
    await agent(t.url, 'POST', `/v1/agent/conversations/${chat.body.id}/claim`);
    await agent(t.url, 'POST', `/v1/agent/conversations/${chat.body.id}/close`, {
      text: 'Card unblocked',
    });
    now += 1000;
    const rated = await call(t.url, 'POST', `/v1/conversations/${chat.body.id}/rating`, me, {
      score: 4,
      comment: 'Quick, but <b>I had to wait</b>',
    });
    expect(rated.body).toMatchObject({
      rating: 4,
      ratingComment: 'Quick, but <b>I had to wait</b>',
    });
    const seen = await agent(t.url, 'GET', `/v1/agent/conversations/${chat.body.id}`);
    expect(seen.body.ratingComment).toBe('Quick, but <b>I had to wait</b>');

    const left = await startChat(me, 'Another question');
    const receipt = await call(t.url, 'POST', `/v1/conversations/${left.body.id}/ticket`, me);
    await agent(t.url, 'POST', `/v1/agent/tickets/${receipt.body.id}/update`, { status: 'solved' });
    now += 1000;
    await call(t.url, 'POST', `/v1/tickets/${receipt.body.id}/rating`, me, {
      score: 2,
      comment: 'Slow',
    });

    const list = await agent(t.url, 'GET', `/v1/agent/ratings?since=${since}`);
    const ratings = list.body.ratings.map((r: unknown) => agentRatingSchema.parse(r));
    expect(
      ratings.map((r: { source: string; score: number; comment: string | null }) => [
        r.source,
        r.score,
        r.comment,
      ]),
    ).toEqual([
      ['ticket', 2, 'Slow'],
      ['chat', 4, 'Quick, but <b>I had to wait</b>'],
    ]);
    expect(ratings[1]).toMatchObject({ id: chat.body.id, agentName: 'Aylin', reference: null });
    const ticket = await agent(t.url, 'GET', `/v1/agent/tickets/${receipt.body.id}`);
    expect(ticket.body.ticket).toMatchObject({ rating: 2, ratingComment: 'Slow' });
    expect(ticket.body.history.at(-1)).toMatchObject({
      action: 'rated',
      detail: { score: 2, comment: 'Slow' },
    });
    expectError(
      await agent(t.url, 'GET', '/v1/agent/ratings?limit=0'),
      'invalid_parameter',
      'limit',
    );
    expectError(
      await agent(t.url, 'GET', '/v1/agent/ratings?since=yesterday'),
      'invalid_parameter',
      'since',
    );
  });

  it('measures chats: first response, resolution in chat, and chats that became tickets', async () => {
    now += 86_400_000;
    const since = new Date(now).toISOString();
    const me = await session(t.url);
    // Answered after 60 s and closed 240 s after the start: resolved at first contact.
    const solved = await startChat(me, 'Where is my bonus?');
    now += 60_000;
    await agent(t.url, 'POST', `/v1/agent/conversations/${solved.body.id}/messages`, {
      clientId: newId(),
      text: 'Added now.',
    });
    now += 180_000;
    await agent(t.url, 'POST', `/v1/agent/conversations/${solved.body.id}/close`, {
      text: 'Bonus added',
    });
    // Answered after 120 s, then turned into a ticket: not resolved in the chat.
    const handed = await startChat(me, 'Documents rejected');
    now += 120_000;
    await agent(t.url, 'POST', `/v1/agent/conversations/${handed.body.id}/messages`, {
      clientId: newId(),
      text: 'Checking.',
    });
    await call(t.url, 'POST', `/v1/conversations/${handed.body.id}/ticket`, me);
    // Never answered.
    await startChat(me, 'Hello?');

    const metrics = agentMetricsSchema.parse(
      (await agent(t.url, 'GET', `/v1/agent/metrics?since=${since}`)).body,
    );
    expect(metrics.chats).toEqual({
      started: 3,
      answered: 2,
      becameTickets: 1,
      firstResponseSec: { avg: 90, p50: 120, p90: 120 },
      resolutionSec: { avg: 240, p50: 240, p90: 240 },
      firstContactResolution: 0.5,
    });
    expect(metrics.tickets).toBe(1);
    expect(metrics.deflections).toEqual({ helped: 0, notHelped: 0, rate: null, articles: [] });
  });
});
