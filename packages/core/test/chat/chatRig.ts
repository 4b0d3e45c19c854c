import type { LiveEvent } from '@destek/protocol';
import { type MemoryBackend, memoryBackend } from '../../src/backend/memoryBackend.ts';
import type {
  LinkState,
  LiveHandlers,
  LiveSubscription,
  SupportBackend,
} from '../../src/backend/SupportBackend.ts';
import type { ChatStore } from '../../src/chat/ChatOptions.ts';
import type { Timers } from '../../src/outbox/platform.ts';

export const VISITOR = { anonId: 'anon_chat_test_0001' };

/** A Map-backed localStorage stand-in. */
export function memoryStore(): ChatStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

/** Timers and a clock moved by hand: `advance` fires what falls due, in order. */
export function manualTime(start = Date.parse('2026-05-04T10:00:00Z')) {
  let now = start;
  let next = 1;
  const due = new Map<number, { at: number; run: () => void }>();
  const timers: Timers = {
    setTimeout(run, ms) {
      const id = next++;
      due.set(id, { at: now + ms, run });
      return id;
    },
    clearTimeout(handle) {
      due.delete(handle as number);
    },
  };
  return {
    clock: () => now,
    timers,
    advance(ms: number) {
      const until = now + ms;
      for (;;) {
        const first = [...due.entries()].sort((a, b) => a[1].at - b[1].at)[0];
        if (!first || first[1].at > until) break;
        due.delete(first[0]);
        now = first[1].at;
        first[1].run();
      }
      now = until;
    },
  };
}

/**
 * A memory backend whose live stream can be cut and restored, as a network
 * would: while cut, nothing arrives and the link says "retrying". Restoring
 * reconnects the way a careless backend might, replaying from `from` (the
 * start by default, so every message comes again) with the messages in
 * reverse order: the chat must still show each once, in seq order.
 */
export async function cuttableBackend(options: Parameters<typeof memoryBackend>[0] = {}): Promise<{
  backend: SupportBackend;
  memory: MemoryBackend;
  cut(): void;
  restore(from?: number): Promise<void>;
}> {
  const memory = memoryBackend(options);
  await memory.connect(VISITOR);
  let live: { id: string; handlers: LiveHandlers; inner: LiveSubscription | null } | null = null;
  const backend = Object.create(memory) as SupportBackend;
  Object.defineProperty(backend, 'subscribe', {
    value(id: string, after: number, handlers: LiveHandlers): LiveSubscription {
      const entry: { id: string; handlers: LiveHandlers; inner: LiveSubscription | null } = {
        id,
        handlers,
        inner: memory.subscribe(id, after, handlers),
      };
      live = entry;
      return {
        close() {
          entry.inner?.close();
          entry.inner = null;
          if (live === entry) live = null;
        },
      };
    },
  });
  const link = (state: LinkState) => live?.handlers.onLink?.(state);
  return {
    backend,
    memory,
    cut() {
      live?.inner?.close();
      if (live) live.inner = null;
      link({ state: 'retrying', retryInMs: 4000 });
    },
    async restore(from = 0) {
      const entry = live;
      if (!entry) throw new Error('nothing to restore');
      const held: LiveEvent[] = [];
      let replaying = true;
      entry.inner = memory.subscribe(entry.id, from, {
        onEvent: (event) =>
          replaying && event.type === 'message' ? held.push(event) : entry.handlers.onEvent(event),
        onLink: (state) => entry.handlers.onLink?.(state),
      });
      // The memory stream replays on a microtask; then hand the replay over backwards.
      await new Promise((done) => setTimeout(done, 0));
      replaying = false;
      for (const event of held.reverse()) entry.handlers.onEvent(event);
    },
  };
}
