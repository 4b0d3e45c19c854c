import { randomUUID } from 'node:crypto';
import { SITE_KEY } from '../e2e/support/startReferenceServer.ts';

/** A server answer as the test reads it: the status, and the JSON body when there is one. */
export interface Answer {
  status: number;
  data: unknown;
}

/**
 * A visitor driven straight over HTTP: what a hand-made client (not the
 * widget) can put on the wire, to fill the console with hostile text quickly
 * and to see the server refuse what does not fit.
 */
export async function attackVisitor(server: string) {
  let token = '';
  async function send(path: string, body: BodyInit, headers: Record<string, string>) {
    const response = await fetch(`${server}${path}`, {
      method: 'POST',
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      body,
    });
    const text = await response.text();
    return { status: response.status, data: text === '' ? undefined : JSON.parse(text) };
  }
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    send(path, JSON.stringify(body), { 'content-type': 'application/json', ...headers });
  const session = await post('/v1/sessions', {
    siteKey: SITE_KEY,
    anonId: `anon_${randomUUID().replaceAll('-', '')}`,
  });
  token = (session.data as { token: string }).token;
  return {
    post,
    /** Uploads a small text file under `name`; the answer holds the stored name. */
    upload(name: string): Promise<Answer> {
      const form = new FormData();
      form.append('file', new Blob(['hostile file name test\n'], { type: 'text/plain' }), name);
      return send('/v1/attachments', form, {});
    },
    startChat: (text: string) =>
      post('/v1/conversations', {
        clientId: randomUUID(),
        text,
        category: 'payment',
        locale: 'en',
        attachments: [],
        context: [],
      }),
    say: (conversationId: string, text: string, attachments: unknown[] = []) =>
      post(`/v1/conversations/${conversationId}/messages`, {
        clientId: randomUUID(),
        text,
        attachments,
      }),
    report(fields: Record<string, unknown>): Promise<Answer> {
      const clientReportId = randomUUID();
      return post(
        '/v1/reports',
        {
          clientReportId,
          stepsTried: [],
          expected: '',
          category: 'payment',
          priority: 'normal',
          locale: 'en',
          attachments: [],
          context: [],
          ...fields,
        },
        { 'idempotency-key': clientReportId },
      );
    },
    addToTicket: (ticketId: string, text: string) =>
      post(`/v1/tickets/${ticketId}/entries`, { clientId: randomUUID(), text, attachments: [] }),
  };
}

export type AttackVisitor = Awaited<ReturnType<typeof attackVisitor>>;
