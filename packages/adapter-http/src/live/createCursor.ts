import type { LiveEvent } from '@destek/protocol';

/** Where the live stream stands, and the gate every event passes through. */
export interface Cursor {
  /** The highest message seq delivered; a reconnect resumes after it. */
  seq(): number;
  /** Hands `event` on, unless it is a message already delivered. */
  deliver(event: LiveEvent): void;
}

/**
 * Keeps the promise of the live stream: a `state` snapshot on each connect,
 * then each message once, in seq order, across reconnects. The messages a
 * snapshot carries are handed on as `message` events right after it (the
 * snapshot itself goes out without them), so callers read messages from one
 * place only, as with every other backend.
 */
export function createCursor(after: number, emit: (event: LiveEvent) => void): Cursor {
  let last = after;
  return {
    seq: () => last,
    deliver(event) {
      if (event.type === 'message') {
        if (event.message.seq <= last) return;
        last = event.message.seq;
        emit(event);
        return;
      }
      if (event.type === 'state') {
        const carried = [...event.snapshot.messages].sort((a, b) => a.seq - b.seq);
        emit({ ...event, snapshot: { ...event.snapshot, messages: [] } });
        for (const message of carried) {
          if (message.seq <= last) continue;
          last = message.seq;
          emit({ type: 'message', message });
        }
        return;
      }
      // The server says the cursor means nothing any more (history pruned,
      // conversation replaced): the client refetches, and seq counts from zero.
      if (event.type === 'reset') last = 0;
      emit(event);
    },
  };
}
