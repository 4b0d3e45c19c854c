import { signal } from '@preact/signals';
import type { AgentApi } from '../api/createAgentApi.ts';
import { errorText } from '../api/errorText.ts';
import type { QueueItem } from '../api/types.ts';

/**
 * Polling period of the agent's own chats. A claim or close in this console
 * refreshes the list at once; polling catches what happens elsewhere (the
 * visitor ending the chat, the agent's other tab).
 */
export const MY_CHATS_POLL_MS = 5_000;

/**
 * The chats this agent has taken and not ended, as the server last listed
 * them (`GET /v1/agent/queue?mine=1`), earliest taken first; null before the
 * first answer. The server keeps the list, so it survives a reload and
 * agrees across tabs.
 */
export const myChats = signal<QueueItem[] | null>(null);
export const myChatsProblem = signal<string | null>(null);

/** Fetches the agent's chats once, now (after a claim or a close, say). */
export async function refreshMyChats(api: AgentApi): Promise<void> {
  try {
    myChats.value = await api.myChats();
    myChatsProblem.value = null;
  } catch (error) {
    myChatsProblem.value = errorText(error);
  }
}

/** Fetches the agent's chats now and then every {@link MY_CHATS_POLL_MS}, until the returned stop. */
export function startMyChatsPolling(api: AgentApi): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const poll = async () => {
    await refreshMyChats(api);
    if (!stopped) timer = setTimeout(() => void poll(), MY_CHATS_POLL_MS);
  };
  void poll();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
