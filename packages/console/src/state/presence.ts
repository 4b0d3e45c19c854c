import { signal } from '@preact/signals';
import type { AgentApi } from '../api/createAgentApi.ts';
import { errorText } from '../api/errorText.ts';
import { readStored, writeStored } from './stored.ts';

const ONLINE_KEY = 'destek.console.online';
/**
 * Renewal period of the agent's presence. The server's TTL is 120 s by
 * default (`agentPresenceTtlSec`); 30 s leaves three renewals of slack.
 */
export const PRESENCE_RENEW_MS = 30_000;

/** Whether the agent takes chats (kept for the tab; signing in turns it on). */
export const online = signal<boolean>(readStored(ONLINE_KEY, true));
/** Agents online as the server last counted (this one included). */
export const agentsOnline = signal<number | null>(null);
export const presenceProblem = signal<string | null>(null);

export function setOnline(value: boolean): void {
  writeStored(ONLINE_KEY, value);
  online.value = value;
}

/**
 * Tells the server the agent's presence now and renews it while online.
 * Going offline is said once and nothing renews it after that: on the
 * server only this call changes presence, so the agent can keep working on
 * their chats and tickets while offline.
 */
export function startPresence(api: AgentApi, isOnline: boolean): () => void {
  let timer: ReturnType<typeof setInterval> | undefined;
  const say = async (value: boolean) => {
    try {
      agentsOnline.value = await api.presence(value);
      presenceProblem.value = null;
    } catch (error) {
      presenceProblem.value = errorText(error);
    }
  };
  void say(isOnline);
  if (isOnline) timer = setInterval(() => void say(true), PRESENCE_RENEW_MS);
  return () => clearInterval(timer);
}
