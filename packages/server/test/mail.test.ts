import { newId } from '@destek/protocol';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { agent, call, postReport, report, session, sign } from './helpers/api.ts';
import { type SmtpSink, startSmtpSink } from './helpers/smtpSink.ts';
import { startServer, type TestServer } from './helpers/startServer.ts';
import { testConfig } from './helpers/testConfig.ts';

const FROM = 'Shop Support <support@shop.example.com>';
let sink: SmtpSink;
let t: TestServer;

function mailConfig(port: number, extra: Record<string, unknown> = {}) {
  return {
    host: '127.0.0.1',
    port,
    from: FROM,
    attempts: 3,
    retryDelayMs: 50,
    timeoutMs: 2000,
    ...extra,
  };
}

function startChat(token: string, text: string, email?: string) {
  return call(t.url, 'POST', '/v1/conversations', token, {
    clientId: newId(),
    text,
    category: 'payments',
    locale: 'tr',
    attachments: [],
    context: [],
    ...(email === undefined ? {} : { email }),
  });
}

beforeAll(async () => {
  sink = await startSmtpSink();
  t = await startServer({ config: testConfig({ mail: mailConfig(sink.port) }) });
  await agent(t.url, 'POST', '/v1/agent/presence', { online: true });
});
afterAll(async () => {
  await t.close();
  await sink.close();
});

describe('e-mail over SMTP', () => {
  it('e-mails an agent’s ticket reply to the address the report left, in its language, as plain text', async () => {
    const me = await session(t.url);
    const sent = await postReport(
      t.url,
      me,
      report({ locale: 'tr', contact: { email: 'ayse@example.com' } }),
    );
    const reply = 'Ödemeniz bankadan döndü; <b>yarın</b> tekrar deneyin. <script>alert(1)</script>';
    const answered = await agent(t.url, 'POST', `/v1/agent/tickets/${sent.body.id}/replies`, {
      clientId: newId(),
      text: reply,
    });
    expect(answered.status).toBe(201);
    const mail = await sink.waitFor((m) => m.to.includes('ayse@example.com'));
    expect(mail.subject).toBe(`[Shop] ${sent.body.reference} numaralı talebinize yanıt`);
    expect(mail.headers.get('from')).toContain('support@shop.example.com');
    expect(mail.headers.get('auto-submitted')).toBe('auto-generated');
    expect(mail.contentType).toMatch(/^text\/plain/);
    expect(mail.raw).not.toMatch(/text\/html/i);
    expect(mail.text).toContain(reply);
    expect(mail.text).toContain(`Aylin, ${sent.body.reference} numaralı talebinizi yanıtladı:`);
  });

  it('e-mails replies to an identified user’s own address, without asking for one', async () => {
    const me = await session(t.url, {
      user: { id: 'user-mail-1', email: 'murat@example.com', signature: sign('user-mail-1') },
    });
    const sent = await postReport(t.url, me, report({ locale: 'en' }));
    await agent(t.url, 'POST', `/v1/agent/tickets/${sent.body.id}/replies`, {
      clientId: newId(),
      text: 'We refunded the fee.',
    });
    const mail = await sink.waitFor((m) => m.to.includes('murat@example.com'));
    expect(mail.subject).toBe(`[Shop] Reply to your request ${sent.body.reference}`);
    expect(mail.text).toContain('We refunded the fee.');
  });

  it('sends the transcript on request, every message as typed and in order', async () => {
    const me = await session(t.url);
    const chat = await startChat(me, 'Çekimim 3 gündür beklemede');
    await agent(t.url, 'POST', `/v1/agent/conversations/${chat.body.id}/messages`, {
      clientId: newId(),
      text: 'Bankaya soruyorum, lütfen bekleyin.',
    });
    await call(t.url, 'POST', `/v1/conversations/${chat.body.id}/messages`, me, {
      clientId: newId(),
      text: 'Tamam <img src=x onerror=alert(1)>',
      attachments: [],
    });
    const asked = await call(t.url, 'POST', `/v1/conversations/${chat.body.id}/transcript`, me, {
      email: 'transcript@example.com',
    });
    expect(asked.status).toBe(202);
    const mail = await sink.waitFor((m) => m.to.includes('transcript@example.com'));
    expect(mail.subject).toBe('[Shop] Sohbet dökümünüz');
    const visitor = mail.text.indexOf('Çekimim 3 gündür beklemede');
    const agentLine = mail.text.indexOf('· Aylin\nBankaya soruyorum, lütfen bekleyin.');
    const last = mail.text.indexOf('· Siz\nTamam <img src=x onerror=alert(1)>');
    expect(visitor).toBeGreaterThan(0);
    expect(agentLine).toBeGreaterThan(visitor);
    expect(last).toBeGreaterThan(agentLine);
  });

  it('sends the transcript with the reference when a chat becomes a ticket', async () => {
    const me = await session(t.url);
    const chat = await startChat(me, 'Kartım bloke oldu', 'leyla@example.com');
    const converted = await call(t.url, 'POST', `/v1/conversations/${chat.body.id}/ticket`, me);
    expect(converted.status).toBe(201);
    const mail = await sink.waitFor((m) => m.to.includes('leyla@example.com'));
    expect(mail.subject).toBe(
      `[Shop] Mesajınız ${converted.body.reference} numarasıyla kaydedildi`,
    );
    expect(mail.text).toContain(`${converted.body.reference} numaralı talep olarak kaydettik`);
    expect(mail.text).toContain('Kartım bloke oldu');
  });

  it('answers at once and retries while the mail server refuses for a while', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const me = await session(t.url);
      const chat = await startChat(me, 'Bonusum yüklenmedi');
      const before = sink.attempts();
      sink.refuseNext(2);
      const asked = await call(t.url, 'POST', `/v1/conversations/${chat.body.id}/transcript`, me, {
        email: 'retry@example.com',
      });
      expect(asked.status).toBe(202);
      const mail = await sink.waitFor((m) => m.to.includes('retry@example.com'));
      expect(mail.text).toContain('Bonusum yüklenmedi');
      expect(sink.attempts() - before).toBe(3);
      const lines = log.mock.calls.map((args) => String(args[0]));
      expect(lines.filter((line) => /mail .* failed .*retrying/.test(line))).toHaveLength(2);
      expect(lines.join('\n')).not.toContain('retry@example.com');
    } finally {
      log.mockRestore();
    }
  });

  it('after hours, leaves the message as a ticket, and the agent’s reply reaches the mail server', async () => {
    const weekdays = [['09:00', '18:00']] as [string, string][];
    const saturday = Date.parse('2026-11-28T10:00:00Z');
    const closed = await startServer({
      clock: () => saturday,
      config: testConfig({
        mail: mailConfig(sink.port),
        businessHours: {
          timeZone: 'Europe/Istanbul',
          weekly: { mon: weekdays, tue: weekdays, wed: weekdays, thu: weekdays, fri: weekdays },
        },
      }),
    });
    try {
      const me = await session(closed.url);
      const chat = await call(closed.url, 'POST', '/v1/conversations', me, {
        clientId: newId(),
        text: 'Hesabım kilitlendi, acil',
        category: 'security',
        locale: 'tr',
        attachments: [],
        context: [],
        email: 'hafta.sonu@example.com',
      });
      expect(chat.body).toMatchObject({ status: 'ended', ticketReference: expect.any(String) });
      const reference = chat.body.ticketReference as string;
      const saved = await sink.waitFor(
        (m) => m.to.includes('hafta.sonu@example.com') && m.subject.includes(reference),
      );
      expect(saved.text).toContain('Hesabım kilitlendi, acil');
      const tickets = await agent(closed.url, 'GET', '/v1/agent/tickets');
      const ticket = tickets.body.tickets.find(
        (x: { reference: string }) => x.reference === reference,
      );
      expect(ticket.email).toBe('hafta.sonu@example.com');
      await agent(closed.url, 'POST', `/v1/agent/tickets/${ticket.id}/replies`, {
        clientId: newId(),
        text: 'Hesabınızın kilidini açtık.',
      });
      const reply = await sink.waitFor(
        (m) =>
          m.to.includes('hafta.sonu@example.com') && m.text.includes('Hesabınızın kilidini açtık.'),
      );
      expect(reply.subject).toBe(`[Shop] ${reference} numaralı talebinize yanıt`);
    } finally {
      await closed.close();
    }
  });

  it('never fails or holds the request when the mail server is down, and logs the give-up', async () => {
    const down = await startSmtpSink();
    const port = down.port;
    await down.close();
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken = await startServer({
      config: testConfig({ mail: mailConfig(port, { attempts: 2, retryDelayMs: 20 }) }),
    });
    try {
      const me = await session(broken.url);
      const sent = await postReport(
        broken.url,
        me,
        report({ contact: { email: 'x@example.com' } }),
      );
      const started = Date.now();
      const answered = await agent(
        broken.url,
        'POST',
        `/v1/agent/tickets/${sent.body.id}/replies`,
        {
          clientId: newId(),
          text: 'Checking',
        },
      );
      expect(answered.status).toBe(201);
      expect(Date.now() - started).toBeLessThan(1000);
      await broken.server.context.mail?.idle();
      const lines = log.mock.calls.map((args) => String(args[0]));
      expect(lines.some((line) => /try 2 of 2.*giving up/.test(line))).toBe(true);
    } finally {
      await broken.close();
      log.mockRestore();
    }
  });
});
