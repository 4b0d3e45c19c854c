import type { FaqArticle, LiveEvent } from '@destek/protocol';
import { newId } from '@destek/protocol';
import { describe, expect, it } from 'vitest';
import { memoryBackend } from '../../src/backend/memoryBackend.ts';
import { BackendError } from '../../src/errors/BackendError.ts';
import { pngFile, sampleReport } from '../outbox/outboxFixtures.ts';

const VISITOR = { anonId: 'anon_memory_test_01' };

function report(n = 1) {
  return { ...sampleReport(n), clientReportId: newId(), attachments: [] };
}

function article(id: string, locale: string, title: string, popularity: number): FaqArticle {
  return {
    id,
    locale,
    category: 'payment',
    title,
    summary: '',
    steps: [],
    keywords: ['ödeme'],
    popularity,
  };
}

async function connected(options: Parameters<typeof memoryBackend>[0] = {}) {
  const backend = memoryBackend(options);
  await backend.connect(VISITOR);
  return backend;
}

describe('memoryBackend', () => {
  it('refuses calls before connect as unauthorized', async () => {
    const backend = memoryBackend();
    await expect(backend.listTickets()).rejects.toMatchObject({
      name: 'BackendError',
      code: 'unauthorized',
    });
  });

  it('keeps identified users apart from their anonymous id', async () => {
    const backend = await connected();
    const receipt = await backend.submitReport(report(), { idempotencyKey: newId() });
    await backend.connect({ ...VISITOR, user: { id: 'user-42' } });
    await expect(backend.getTicket(receipt.id)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('sets the first-response target from the priority', async () => {
    const now = Date.parse('2026-03-01T09:00:00Z');
    const backend = await connected({ clock: () => now, firstResponseMinutes: { urgent: 30 } });
    const urgent = await backend.submitReport(
      { ...report(), priority: 'urgent' },
      { idempotencyKey: newId() },
    );
    const low = await backend.submitReport(
      { ...report(2), priority: 'low' },
      { idempotencyKey: newId() },
    );
    expect(urgent.firstResponse).toEqual({ minutes: 30, dueAt: '2026-03-01T09:30:00.000Z' });
    expect(low.firstResponse.minutes).toBe(1440);
  });

  it('refuses a report naming an attachment the visitor did not upload', async () => {
    const backend = await connected();
    const meta = await backend.uploadAttachment(pngFile(), 'a.png');
    await backend.connect({ anonId: 'anon_someone_else_1' });
    const error = await backend
      .submitReport({ ...report(), attachments: [meta] }, { idempotencyKey: newId() })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalid', field: 'attachments.0' });
  });

  it('decides the file type from the bytes and refuses the rest', async () => {
    const backend = await connected();
    const pretend = new Blob(['<svg onload=alert(1)>'], { type: 'image/png' });
    await expect(backend.uploadAttachment(pretend, 'x.png')).rejects.toMatchObject({
      code: 'invalid',
      wireCode: 'attachment_type',
    });
    const big = new Blob([new Uint8Array(10 * 1024 * 1024 + 1)]);
    await expect(backend.uploadAttachment(big, 'big.bin')).rejects.toMatchObject({
      code: 'too_large',
    });
  });

  it('counts unread agent replies until the ticket is opened', async () => {
    const backend = await connected();
    const receipt = await backend.submitReport(report(), { idempotencyKey: newId() });
    await backend.agent.replyToTicket(receipt.id, 'Hello');
    await backend.agent.replyToTicket(receipt.id, 'Any news?');
    expect((await backend.listTickets())[0]?.unread).toBe(2);
    expect((await backend.getTicket(receipt.id)).status).toBe('pending');
    expect((await backend.listTickets())[0]?.unread).toBe(0);
  });

  it('stores a ticket addition once per client id, escalates and rates', async () => {
    const backend = await connected();
    const { id } = await backend.submitReport(report(), { idempotencyKey: newId() });
    const addition = { clientId: newId(), text: 'Screenshot of the bank app', attachments: [] };
    const first = await backend.addToTicket(id, addition);
    expect((await backend.addToTicket(id, addition)).id).toBe(first.id);
    await backend.escalateTicket(id, 'Third day without money');
    await backend.rateTicket(id, { score: 4 });
    const detail = await backend.getTicket(id);
    expect(detail.entries).toHaveLength(1);
    expect(detail).toMatchObject({ escalated: true, rating: 4 });
  });

  it('searches the FAQ by locale and words, most asked first', async () => {
    const backend = await connected({
      faq: [
        article('deposit-tr', 'tr-TR', 'Para yatırma görünmüyor', 5),
        article('otp-tr', 'tr', 'SMS kodu gelmiyor', 9),
        article('deposit-en', 'en', 'Deposit missing', 7),
      ],
    });
    expect((await backend.searchFaq({ locale: 'tr' })).map((a) => a.id)).toEqual([
      'otp-tr',
      'deposit-tr',
    ]);
    expect((await backend.searchFaq({ q: 'yatırma', locale: 'tr-TR' })).map((a) => a.id)).toEqual([
      'deposit-tr',
    ]);
    expect((await backend.searchFaq({ q: 'deposit' })).map((a) => a.id)).toEqual(['deposit-en']);
  });

  it('gives queue positions and tells the waiting visitor', async () => {
    const backend = await connected();
    const start = (text: string) =>
      backend.startConversation({
        clientId: newId(),
        text,
        category: 'payment',
        locale: 'en',
        attachments: [],
        context: [],
      });
    const first = await start('one');
    const second = await start('two');
    expect(second.queue).toEqual({ position: 2, etaSec: 240 });
    expect(backend.agent.queuedConversations()).toEqual([first.id, second.id]);
    await backend.agent.claimConversation(first.id);
    expect((await backend.getConversation(second.id)).queue?.position).toBe(1);
    expect((await backend.status()).queueLength).toBe(1);
  });

  it('stops delivering events after close', async () => {
    const backend = await connected();
    const started = await backend.startConversation({
      clientId: newId(),
      text: 'hi',
      category: 'other',
      locale: 'en',
      attachments: [],
      context: [],
    });
    const events: LiveEvent[] = [];
    const subscription = backend.subscribe(started.id, 0, { onEvent: (e) => events.push(e) });
    await new Promise((resolve) => setTimeout(resolve, 0));
    subscription.close();
    await backend.agent.replyToConversation(started.id, 'too late');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(events.map((e) => e.type)).toEqual(['state', 'message', 'queue']);
  });

  it('fails the next calls as told, and lets the rest through', async () => {
    const backend = await connected();
    backend.faults.failNext(2, {
      error: () => new BackendError('server', 'Bad Gateway', { status: 502 }),
      methods: ['listTickets'],
    });
    await expect(backend.listTickets()).rejects.toMatchObject({ code: 'server', status: 502 });
    await expect(backend.listTickets()).rejects.toMatchObject({ code: 'server' });
    await expect(backend.listTickets()).resolves.toEqual([]);
    expect(backend.faults.injected.listTickets).toBe(2);
  });

  it('fails a seeded share of calls, the same way every run', async () => {
    const run = async () => {
      const backend = await connected();
      backend.faults.failRate(0.3, { seed: 42, error: () => new BackendError('offline', 'down') });
      const outcomes: boolean[] = [];
      for (let i = 0; i < 200; i += 1)
        outcomes.push(
          await backend.status().then(
            () => true,
            () => false,
          ),
        );
      return outcomes;
    };
    const first = await run();
    expect(await run()).toEqual(first);
    const failures = first.filter((ok) => !ok).length;
    expect(failures).toBeGreaterThan(40);
    expect(failures).toBeLessThan(80);
  });

  it('waits the configured latency and honours abort', async () => {
    const backend = await connected();
    backend.faults.setLatency(30);
    const started = performance.now();
    await backend.status();
    expect(performance.now() - started).toBeGreaterThanOrEqual(25);
    const controller = new AbortController();
    const call = backend.status({ signal: controller.signal });
    controller.abort();
    await expect(call).rejects.toMatchObject({ code: 'offline' });
  });

  it('is unusable after dispose', async () => {
    const backend = await connected();
    backend.dispose();
    await expect(backend.status()).rejects.toBeInstanceOf(BackendError);
  });

  it('leaves the message as a ticket when no agent is online, as the reference server does', async () => {
    const backend = await connected({ agentsOnline: 0 });
    const started = await backend.startConversation({
      clientId: newId(),
      text: 'Hesabım kilitlendi',
      category: 'security',
      locale: 'tr',
      attachments: [],
      context: [],
      email: 'ayse@example.com',
    });
    expect(started.status).toBe('ended');
    expect(started.ticketReference).toMatch(/^DT-/);
    expect(started.messages.at(-1)?.from).toBe('system');
    expect(backend.world.emails).toEqual([
      expect.objectContaining({ to: 'ayse@example.com', kind: 'transcript', about: started.id }),
    ]);
    const [ticket] = await backend.listTickets();
    expect(ticket?.reference).toBe(started.ticketReference);
  });

  it('e-mails ticket replies to the identified user and keeps FAQ answers per visitor', async () => {
    const backend = await connected({ faq: [article('odeme', 'tr', 'Ödeme', 1)] });
    await backend.connect({ ...VISITOR, user: { id: 'user-9', email: 'murat@example.com' } });
    const receipt = await backend.submitReport(report(), { idempotencyKey: newId() });
    await backend.agent.replyToTicket(receipt.id, 'İade edildi');
    expect(backend.world.emails.at(-1)).toMatchObject({
      to: 'murat@example.com',
      kind: 'reply',
      text: 'İade edildi',
    });
    await backend.faqFeedback('odeme', false);
    await backend.faqFeedback('odeme', true);
    expect([...backend.world.faqFeedback.values()]).toEqual([true]);
  });
});
