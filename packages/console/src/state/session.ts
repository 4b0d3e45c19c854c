import type { Agent } from '@destek/protocol';
import { computed, signal } from '@preact/signals';
import { type AgentApi, createAgentApi } from '../api/createAgentApi.ts';
import { readStored, writeStored } from './stored.ts';

const TOKEN_KEY = 'destek.console.token';
const ME_KEY = 'destek.console.me';

/** The agent token of this tab, or null when signed out. */
export const token = signal<string | null>(readStored<string | null>(TOKEN_KEY, null));

/** Why the agent was signed out without asking (an expired or revoked token). */
export const signOutReason = signal<string | null>(null);

/**
 * Who this agent is, once known: the server names the agent in the snapshot
 * of a chat they claimed (there is no "who am I" route).
 */
export const me = signal<Agent | null>(readStored<Agent | null>(ME_KEY, null));

export function signIn(value: string): void {
  writeStored(TOKEN_KEY, value);
  signOutReason.value = null;
  token.value = value;
}

export function signOut(reason: string | null = null): void {
  writeStored(TOKEN_KEY, null);
  writeStored(ME_KEY, null);
  me.value = null;
  signOutReason.value = reason;
  token.value = null;
}

export function rememberMe(agent: Agent): void {
  if (me.value?.id === agent.id && me.value.name === agent.name) return;
  writeStored(ME_KEY, agent);
  me.value = agent;
}

/** The API for the signed-in token; a 401 from any call signs out with a reason. */
export const api = computed<AgentApi | null>(() => {
  const current = token.value;
  if (current === null) return null;
  return createAgentApi(current, () => {
    if (token.value === current) signOut('The server no longer accepts this token. Sign in again.');
  });
});
