import {
  type ConversationSnapshot,
  createSseParser,
  type LiveEvent,
  newId,
  type TicketDetail,
  type TicketReceipt,
} from '@destek/protocol';
import { SITE_KEY } from './startDestekServer.ts';

/** A visitor's live stream, recorded. */
export interface VisitorStream {
  events: LiveEvent[];
  /** Resolves with the first recorded event matching `test`, waiting for it when needed. */
  until(test: (event: LiveEvent) => boolean, timeoutMs?: number): Promise<LiveEvent>;
  stop(): void;
}

/** The visitor's side of the wire, driven from the test (what the widget does for a person). */
export interface Visitor {
  startChat(text: string): Promise<ConversationSnapshot>;
  send(conversationId: string, text: string): Promise<void>;
  typing(conversationId: string, active: boolean): Promise<void>;
  listen(conversationId: string): Promise<VisitorStream>;
  fileReport(summary: string, observed: string): Promise<TicketReceipt>;
  ticket(id: string): Promise<TicketDetail>;
}

/** Opens a visitor session on `serverUrl` and returns what that visitor can do. */
export async function openVisitor(serverUrl: string): Promise<Visitor> {
  const call = async (path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(`${serverUrl}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? null : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${path} answered ${response.status}: ${text}`);
    return text === '' ? undefined : JSON.parse(text);
  };
  let token = '';
  const session = await call('/v1/sessions', {
    siteKey: SITE_KEY,
    anonId: `anon_${newId().replaceAll('-', '')}`,
  });
  token = session.token;

  return {
    startChat: (text) =>
      call('/v1/conversations', {
        clientId: newId(),
        text,
        category: 'payment',
        locale: 'en',
        attachments: [],
        context: [],
      }),
    async send(id, text) {
      await call(`/v1/conversations/${id}/messages`, { clientId: newId(), text, attachments: [] });
    },
    async typing(id, active) {
      await call(`/v1/conversations/${id}/typing`, { active });
    },
    async listen(id) {
      const controller = new AbortController();
      const response = await fetch(`${serverUrl}/v1/conversations/${id}/events`, {
        headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' },
        signal: controller.signal,
      });
      if (!response.ok || !response.body) throw new Error(`events answered ${response.status}`);
      const events: LiveEvent[] = [];
      const waiters = new Set<() => void>();
      const parser = createSseParser({
        onEvent: (frame) => {
          events.push(JSON.parse(frame.data) as LiveEvent);
          for (const wake of waiters) wake();
        },
      });
      void (async () => {
        const reader = response.body?.pipeThrough(new TextDecoderStream()).getReader();
        try {
          for (;;) {
            const chunk = await reader?.read();
            if (!chunk || chunk.done) return;
            parser.push(chunk.value);
          }
        } catch {
          // Aborted by stop().
        }
      })();
      return {
        events,
        until(test, timeoutMs = 15_000) {
          return new Promise((done, fail) => {
            const check = () => {
              const found = events.find(test);
              if (!found) return;
              clearTimeout(timer);
              waiters.delete(check);
              done(found);
            };
            const timer = setTimeout(() => {
              waiters.delete(check);
              fail(
                new Error(`No such event within ${timeoutMs} ms; saw: ${JSON.stringify(events)}`),
              );
            }, timeoutMs);
            waiters.add(check);
            check();
          });
        },
        stop: () => controller.abort(),
      };
    },
    fileReport: (summary, observed) => {
      const clientReportId = newId();
      return call(
        '/v1/reports',
        {
          clientReportId,
          summary,
          stepsTried: ['Restarted the app'],
          expected: 'The deposit shows in my balance',
          observed,
          category: 'payment',
          priority: 'normal',
          locale: 'en',
          attachments: [],
          context: [{ key: 'browser', value: 'Chromium 140' }],
        },
        { 'idempotency-key': clientReportId },
      );
    },
    ticket: (id) => call(`/v1/tickets/${id}`),
  };
}
