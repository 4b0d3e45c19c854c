import type { LiveEvent } from '@destek/protocol';
import type { LinkState, SupportBackend } from '../backend/SupportBackend.ts';

/** Records a live stream so a test can wait for events and check their order. */
export interface LiveRecorder {
  readonly events: LiveEvent[];
  readonly links: LinkState[];
  /** Seqs of the message events, in arrival order. */
  seqs(): number[];
  /** Resolves when `check` holds, rejects after `timeoutMs`. */
  until(check: (events: readonly LiveEvent[]) => boolean, timeoutMs?: number): Promise<void>;
  close(): void;
}

/** Subscribes to a conversation from `after` and records what arrives. */
export function recordLive(
  backend: SupportBackend,
  conversationId: string,
  after: number,
): LiveRecorder {
  const events: LiveEvent[] = [];
  const links: LinkState[] = [];
  const subscription = backend.subscribe(conversationId, after, {
    onEvent: (event) => events.push(event),
    onLink: (link) => links.push(link),
  });
  return {
    events,
    links,
    seqs: () => events.flatMap((e) => (e.type === 'message' ? [e.message.seq] : [])),
    async until(check, timeoutMs = 5000) {
      const started = Date.now();
      while (!check(events)) {
        if (Date.now() - started > timeoutMs) {
          throw new Error(
            `Live events never matched; got ${JSON.stringify(events.map((e) => e.type))}`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
    close: () => subscription.close(),
  };
}
