import { signal } from '@preact/signals';
import type { AgentApi } from '../api/createAgentApi.ts';
import { errorText } from '../api/errorText.ts';
import type { QueueItem } from '../api/types.ts';

/** Queue polling period: chats wait seconds, not minutes, and the call is one small query. */
export const QUEUE_POLL_MS = 3_000;

/** The waiting chats, oldest first, as last fetched; null before the first answer. */
export const queue = signal<QueueItem[] | null>(null);
export const queueProblem = signal<string | null>(null);

/** Fetches the queue now and then every {@link QUEUE_POLL_MS}, until the returned stop. */
export function startQueuePolling(api: AgentApi): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const poll = async () => {
    try {
      const items = await api.queue();
      if (stopped) return;
      queue.value = items;
      queueProblem.value = null;
    } catch (error) {
      if (!stopped) queueProblem.value = errorText(error);
    }
    if (!stopped) timer = setTimeout(() => void poll(), QUEUE_POLL_MS);
  };
  void poll();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}

/** Fetches the queue once, now (after a claim, say), without waiting for the next poll. */
export async function refreshQueue(api: AgentApi): Promise<void> {
  try {
    queue.value = await api.queue();
    queueProblem.value = null;
  } catch (error) {
    queueProblem.value = errorText(error);
  }
}
