import type { Agent, ChatMessage, ClosingNote, QueueState } from '@destek/protocol';
import { computed, type ReadonlySignal, signal } from '@preact/signals-core';
import type { ChatItem, ChatLink, ChatPhase, ChatUpload } from './Chat.ts';

/** A server message as a thread item. */
export function sentItem(message: ChatMessage): ChatItem {
  return {
    key: message.clientId ?? message.id,
    seq: message.seq,
    ...(message.clientId === undefined ? {} : { clientId: message.clientId }),
    from: message.from,
    ...(message.author === undefined ? {} : { author: message.author }),
    text: message.text,
    attachments: message.attachments,
    at: message.at,
    state: 'sent',
  };
}

/**
 * The chat's signals, writable here and handed out read-only. `confirmed`
 * holds the server's messages in seq order; `pending` ours on their way.
 */
export function chatState(now: number) {
  const confirmed = signal<readonly ChatMessage[]>([]);
  const pending = signal<readonly ChatItem[]>([]);
  const readSeq = signal(0);
  const visible = signal(false);
  const lastSeq = computed(() => confirmed.value[confirmed.value.length - 1]?.seq ?? 0);
  const items: ReadonlySignal<readonly ChatItem[]> = computed(() => {
    const taken = new Set(confirmed.value.map((m) => m.clientId));
    return [
      ...confirmed.value.map(sentItem),
      ...pending.value.filter((item) => !taken.has(item.clientId)),
    ];
  });
  const unread = computed(() =>
    visible.value
      ? 0
      : confirmed.value.filter((m) => m.from !== 'visitor' && m.seq > readSeq.value).length,
  );
  return {
    phase: signal<ChatPhase>('idle'),
    conversationId: signal<string | null>(null),
    confirmed,
    pending,
    items,
    lastSeq,
    readSeq,
    visible,
    unread,
    queue: signal<QueueState | null>(null),
    agent: signal<Agent | null>(null),
    agentTyping: signal(false),
    link: signal<ChatLink>({ state: 'connecting', since: now }),
    closingNote: signal<ClosingNote | null>(null),
    rating: signal<{ score: number; comment?: string } | null>(null),
    ticketReference: signal<string | null>(null),
    ticketOffer: signal(false),
    uploads: signal<readonly ChatUpload[]>([]),
  };
}

export type ChatState = ReturnType<typeof chatState>;
