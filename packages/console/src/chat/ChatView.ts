import type {
  Agent,
  ChatMessage,
  ClosingNote,
  ConversationSnapshot,
  ConversationStatus,
  QueueState,
} from '@destek/protocol';

/** What the conversation screen draws: the snapshot's facts plus the messages so far. */
export interface ChatView {
  status: ConversationStatus;
  agent: Agent | null;
  queue: QueueState | null;
  /** In server order (by seq), each once. */
  messages: ChatMessage[];
  closingNote: ClosingNote | null;
  rating: number | null;
  /** What the visitor wrote with their rating. */
  ratingComment: string | null;
  ticketReference: string | null;
  visitorTyping: boolean;
}

/** The seq of the last message held, where a reconnect resumes. */
export function cursorOf(view: ChatView): number {
  return view.messages.at(-1)?.seq ?? 0;
}

/** `messages` with `incoming` added: sorted by seq, a seq already held is kept once. */
export function mergeMessages(
  messages: readonly ChatMessage[],
  incoming: readonly ChatMessage[],
): ChatMessage[] {
  const bySeq = new Map<number, ChatMessage>();
  for (const message of messages) bySeq.set(message.seq, message);
  for (const message of incoming) if (!bySeq.has(message.seq)) bySeq.set(message.seq, message);
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}

/** The view of a fresh snapshot, keeping messages already held (a snapshot after a cursor is partial). */
export function viewOf(snapshot: ConversationSnapshot, previous?: ChatView): ChatView {
  return {
    status: snapshot.status,
    agent: snapshot.agent,
    queue: snapshot.queue,
    messages: mergeMessages(previous?.messages ?? [], snapshot.messages),
    closingNote: snapshot.closingNote,
    rating: snapshot.rating,
    ratingComment: snapshot.ratingComment ?? null,
    ticketReference: snapshot.ticketReference,
    visitorTyping: previous?.visitorTyping ?? false,
  };
}
