import type { LiveEvent } from '@destek/protocol';

/** Receives the live events of one conversation. */
export type Listener = (event: LiveEvent) => void;

/**
 * Fans live events out to the streams watching a conversation. In-process
 * here; across instances the same interface sits on PostgreSQL
 * LISTEN/NOTIFY or Redis pub/sub.
 */
export interface EventBus {
  publish(conversationId: string, event: LiveEvent): void;
  /** Returns the function that unsubscribes. */
  subscribe(conversationId: string, listener: Listener): () => void;
  /** Streams currently open, for status and tests. */
  subscriberCount(conversationId?: string): number;
}

/** {@link EventBus} inside one process. */
export class MemoryEventBus implements EventBus {
  private readonly listeners = new Map<string, Set<Listener>>();

  publish(conversationId: string, event: LiveEvent): void {
    for (const listener of this.listeners.get(conversationId) ?? []) {
      // One broken stream must not stop the others.
      try {
        listener(event);
      } catch {}
    }
  }

  subscribe(conversationId: string, listener: Listener): () => void {
    let set = this.listeners.get(conversationId);
    if (!set) {
      set = new Set();
      this.listeners.set(conversationId, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(conversationId);
    };
  }

  subscriberCount(conversationId?: string): number {
    if (conversationId !== undefined) return this.listeners.get(conversationId)?.size ?? 0;
    let total = 0;
    for (const set of this.listeners.values()) total += set.size;
    return total;
  }
}
