import {
  type ChatMessage,
  type ConversationSnapshot,
  type LiveEvent,
  type MessageAuthor,
  newId,
  type QueueState,
} from '@destek/protocol';
import type { MemoryWorld, StoredConversation } from './MemoryWorld.ts';

/** Rough wait per conversation ahead in the queue, for the estimate. */
const SECONDS_PER_QUEUED = 120;

/** The conversation's place in the queue, or null when it is not waiting. */
export function queueOf(world: MemoryWorld, conversation: StoredConversation): QueueState | null {
  if (conversation.status !== 'queued') return null;
  let position = 0;
  for (const other of world.conversations.values()) {
    if (other.status === 'queued') position += 1;
    if (other === conversation) break;
  }
  return { position, etaSec: position * SECONDS_PER_QUEUED };
}

/** The conversation as a client sees it on (re)connect, with the messages after `after`. */
export function snapshotOf(
  world: MemoryWorld,
  conversation: StoredConversation,
  after: number,
  withQueue: boolean,
): ConversationSnapshot {
  return {
    id: conversation.id,
    status: conversation.status,
    agent: conversation.agent,
    queue: withQueue ? queueOf(world, conversation) : null,
    lastSeq: conversation.messages.length,
    messages: conversation.messages.filter((m) => m.seq > after),
    closingNote: conversation.closingNote,
    rating: conversation.rating,
    ...(conversation.ratingComment === undefined
      ? {}
      : { ratingComment: conversation.ratingComment }),
    ticketReference: conversation.ticketReference,
  };
}

/** Tells every live subscriber, after the current call returns, as a network would. */
export function emit(conversation: StoredConversation, event: LiveEvent): void {
  for (const listener of conversation.listeners) queueMicrotask(() => listener(event));
}

/** Adds a message with the next seq and streams it. */
export function appendMessage(
  conversation: StoredConversation,
  from: MessageAuthor,
  text: string,
  now: number,
  extra: Pick<ChatMessage, 'attachments'> & { clientId?: string; author?: string },
): ChatMessage {
  const message: ChatMessage = {
    id: newId(),
    seq: conversation.messages.length + 1,
    from,
    text,
    attachments: extra.attachments,
    at: new Date(now).toISOString(),
    ...(extra.clientId === undefined ? {} : { clientId: extra.clientId }),
    ...(extra.author === undefined ? {} : { author: extra.author }),
  };
  conversation.messages.push(message);
  if (extra.clientId !== undefined) conversation.byClientId.set(extra.clientId, message);
  emit(conversation, { type: 'message', message });
  return message;
}
