import type { Agent } from '@destek/protocol';
import { computed, signal } from '@preact/signals';
import { type AgentApi, createAgentApi } from '../api/createAgentApi.ts';
import { readStored, writeStored } from './stored.ts';

const TOKEN_KEY = 'destek.console.token';

/** The agent token of this tab, or null when signed out. */
export const token = signal<string | null>(readStored<string | null>(TOKEN_KEY, null));

/** Why the agent was signed out without asking (an expired or revoked token). */
export const signOutReason = signal<string | null>(null);

/** Who this agent is (`GET /v1/agent/me`); null until the server answered. */
export const me = signal<Agent | null>(null);

/** Keeps the token for this tab; `agent` is who the server said it belongs to, when known. */
export function signIn(value: string, agent: Agent | null = null): void {
  writeStored(TOKEN_KEY, value);
  signOutReason.value = null;
  me.value = agent === null ? null : { id: agent.id, name: agent.name };
  token.value = value;
}

export function signOut(reason: string | null = null): void {
  writeStored(TOKEN_KEY, null);
  me.value = null;
  signOutReason.value = reason;
  token.value = null;
}

/** Asks the server who the token's agent is (after a reload, say); a failure leaves it unknown. */
export async function loadMe(api: AgentApi): Promise<void> {
  try {
    const agent = await api.me();
    if (me.value?.id !== agent.id || me.value.name !== agent.name)
      me.value = { id: agent.id, name: agent.name };
  } catch {
    // Unknown "me" only hides "(you)"; the server still refuses what is not this agent's.
  }
}

/** The API for the signed-in token; a 401 from any call signs out with a reason. */
export const api = computed<AgentApi | null>(() => {
  const current = token.value;
  if (current === null) return null;
  return createAgentApi(current, () => {
    if (token.value === current) signOut('The server no longer accepts this token. Sign in again.');
  });
});
