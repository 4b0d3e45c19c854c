import { createSseParser, type LiveEvent, liveEventSchema, validate } from '@destek/protocol';
import { isConsoleError } from '../api/ConsoleError.ts';
import type { AgentApi } from '../api/createAgentApi.ts';

/** How the link to one conversation is doing. */
export type LinkState =
  | { kind: 'connecting' }
  | { kind: 'live' }
  | { kind: 'retrying'; atMs: number }
  | { kind: 'failed'; error: unknown };

export interface WatchHandlers {
  onEvent(event: LiveEvent): void;
  onLink(state: LinkState): void;
  /** The seq of the last message held: a reconnect resumes after it. */
  cursor(): number;
}

/** A dead link without a FIN shows as silence; the server pings every 15 s by default. */
const IDLE_MS = 45_000;
const MAX_BACKOFF_MS = 15_000;

/**
 * Follows a conversation's live stream until `stop()`: reconnects with
 * backoff after any gap, resuming from the cursor, so every message arrives
 * once (the caller still de-duplicates by seq). Stops for good on 404 (gone)
 * and on 401 (the API signs the agent out).
 */
export function watchConversation(
  api: AgentApi,
  id: string,
  handlers: WatchHandlers,
): { stop(): void } {
  let stopped = false;
  let controller = new AbortController();
  let failures = 0;

  const readOnce = async () => {
    controller = new AbortController();
    const { signal } = controller;
    let idle = setTimeout(() => controller.abort(), IDLE_MS);
    try {
      const response = await api.events(id, handlers.cursor(), signal);
      if (!response.body) throw new Error('The stream has no body');
      const parser = createSseParser({
        onEvent: (frame) => {
          let data: unknown;
          try {
            data = JSON.parse(frame.data);
          } catch {
            data = undefined;
          }
          const event = validate(liveEventSchema, data);
          // An unreadable frame might be a message: drop the link and resume from the cursor.
          if (!event.ok) controller.abort();
          else handlers.onEvent(event.value);
        },
      });
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let first = true;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        if (first) {
          first = false;
          failures = 0;
          handlers.onLink({ kind: 'live' });
        }
        clearTimeout(idle);
        idle = setTimeout(() => controller.abort(), IDLE_MS);
        parser.push(value);
      }
    } finally {
      clearTimeout(idle);
    }
  };

  void (async () => {
    while (!stopped) {
      handlers.onLink({ kind: 'connecting' });
      try {
        await readOnce();
      } catch (error) {
        if (stopped) return;
        if (isConsoleError(error) && (error.status === 404 || error.status === 401)) {
          handlers.onLink({ kind: 'failed', error });
          return;
        }
      }
      if (stopped) return;
      failures += 1;
      const delay = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.min(failures - 1, 4));
      handlers.onLink({ kind: 'retrying', atMs: Date.now() + delay });
      await new Promise((done) => setTimeout(done, delay));
    }
  })();

  return {
    stop() {
      stopped = true;
      controller.abort();
    },
  };
}
