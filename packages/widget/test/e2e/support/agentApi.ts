import { randomUUID } from 'node:crypto';
import { AGENT_TOKEN, SITE_KEY } from './startReferenceServer.ts';

/** What the tests read back from the agent API. */
export interface AgentSnapshot {
  id: string;
  status: 'queued' | 'active' | 'ended';
  messages: Array<{ seq: number; from: string; text: string }>;
  rating: number | null;
  ratingComment?: string;
  ticketReference: string | null;
}

/**
 * The support agent's side of the reference server, as the console would
 * drive it: bearer-token calls to `/v1/agent/…`. Only `online()` (`POST
 * /v1/agent/presence`) makes the agent count as online, and that lapses after
 * `agentPresenceTtlSec` unless renewed, as the console does every 30 s; the
 * other calls leave presence alone.
 */
export function agentApi(server: string) {
  async function call<T>(path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${server}/v1/agent/${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        authorization: `Bearer ${AGENT_TOKEN}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return (response.status === 204 ? undefined : await response.json()) as T;
  }
  return {
    online: (online = true) => call('presence', { online }),
    /** The waiting chat whose first message is `preview`. */
    async queued(preview: string): Promise<string> {
      const { conversations } = await call<{
        conversations: Array<{ id: string; preview: string }>;
      }>('queue');
      const found = conversations.find((c) => c.preview === preview);
      if (!found) throw new Error(`No queued chat starts with: ${preview}`);
      return found.id;
    },
    claim: (id: string) => call(`conversations/${id}/claim`, {}),
    say: (id: string, text: string) =>
      call(`conversations/${id}/messages`, { clientId: randomUUID(), text }),
    typing: (id: string, active: boolean) => call(`conversations/${id}/typing`, { active }),
    close: (id: string, text: string, nextCheckAt?: string) =>
      call(`conversations/${id}/close`, nextCheckAt ? { text, nextCheckAt } : { text }),
    conversation: (id: string) => call<AgentSnapshot>(`conversations/${id}`),
    tickets: () =>
      call<{ tickets: Array<{ reference: string; summary: string }> }>('tickets').then(
        (answer) => answer.tickets,
      ),
  };
}

/** Another visitor's chat, started straight through the visitor API (no browser). */
export async function startOtherChat(server: string, text: string): Promise<void> {
  const session = await fetch(`${server}/v1/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ siteKey: SITE_KEY, anonId: `other_${randomUUID().slice(0, 18)}` }),
  });
  const { token } = (await session.json()) as { token: string };
  const started = await fetch(`${server}/v1/conversations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      clientId: randomUUID(),
      text,
      category: 'payment',
      locale: 'en',
      attachments: [],
      context: [],
    }),
  });
  if (!started.ok) throw new Error(`start: ${started.status} ${await started.text()}`);
}
