import { randomUUID } from 'node:crypto';
import type { Answer } from './attackVisitor.ts';

/** One agent API call as `token`'s agent, answered with its status (agentApi throws on a 4xx). */
export async function agentCall(
  server: string,
  token: string,
  path: string,
  body?: unknown,
): Promise<Answer> {
  const response = await fetch(`${server}/v1/agent/${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, data: text === '' ? undefined : JSON.parse(text) };
}

/** An agent's reply to a ticket, with a fresh client id. */
export function agentReply(server: string, token: string, ticketId: string, text: string) {
  return agentCall(server, token, `tickets/${ticketId}/replies`, { clientId: randomUUID(), text });
}
