import { newId } from '@destek/protocol';
import type { AgentDriver } from './coreConformance.ts';

/** The conformance suite's agent, over the reference server's agent API. */
export function httpAgentDriver(server: string, token: string): AgentDriver {
  async function post(path: string, body: unknown): Promise<unknown> {
    const response = await fetch(`${server}/v1/agent/${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`Agent call ${path} answered ${response.status}: ${text}`);
    return text === '' ? undefined : JSON.parse(text);
  }
  return {
    async claimConversation(id) {
      await post(`conversations/${id}/claim`, {});
    },
    replyToConversation: (id, text) =>
      post(`conversations/${id}/messages`, { clientId: newId(), text }),
    async endConversation(id, note, nextCheckAt) {
      await post(`conversations/${id}/close`, {
        text: note,
        ...(nextCheckAt ? { nextCheckAt } : {}),
      });
    },
    replyToTicket: (id, text) => post(`tickets/${id}/replies`, { clientId: newId(), text }),
  };
}

/**
 * Marks the agent online (the server counts an agent online for two minutes
 * after any agent call). Without it a chat started first finds nobody and
 * becomes a ticket at once, whatever the test meant to check.
 */
export async function agentOnline(server: string, token: string): Promise<void> {
  const response = await fetch(`${server}/v1/agent/presence`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ online: true }),
  });
  if (!response.ok) throw new Error(`Agent presence answered ${response.status}`);
}
