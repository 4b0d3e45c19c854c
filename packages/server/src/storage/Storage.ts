import type { ChatMessage, TicketEntry } from '@destek/protocol';
import type {
  AttachmentRecord,
  ConversationRecord,
  FaqFeedbackRecord,
  HistoryRecord,
  IdempotencyClaim,
  IdempotencyKey,
  Owner,
  RatingRecord,
  TicketRecord,
} from './records.ts';

/** A message about to be appended; the store gives it its `seq`. */
export type NewMessage = Omit<ChatMessage, 'seq'>;

/** Aggregates for the agent metrics route, in seconds. */
export interface MetricsRow {
  tickets: number;
  firstResponseSec: number[];
  resolutionSec: number[];
  solved: number;
  solvedOnFirstContact: number;
  ratings: number[];
  chats: {
    started: number;
    answered: number;
    becameTickets: number;
    firstResponseSec: number[];
    /** Answered chats that ended without becoming a ticket. */
    resolutionSec: number[];
    /** Answered chats that have ended, with or without a ticket. */
    answeredEnded: number;
  };
  /** Per article; the latest answer of each visitor counts. */
  feedback: { articleId: string; helped: number; notHelped: number }[];
}

/** What turning a conversation into a ticket writes, decided from its current state. */
export interface ConversionPlan {
  ticket: TicketRecord;
  history: HistoryRecord[];
  /** The transcript, as the ticket's entries, in order. */
  entries: TicketEntry[];
  /** The system message naming the reference, appended last. */
  message: NewMessage;
  patch: Partial<ConversationRecord>;
}

/** What a conversion did. */
export interface ConversionResult {
  /** The conversation as it was before. */
  before: ConversationRecord;
  ticket: TicketRecord;
  /** False when the conversation already had its ticket: nothing was written. */
  created: boolean;
  /** The system message, when created. */
  message: ChatMessage | null;
}

/**
 * Everything the routes need from a database. Methods are async so a
 * networked database (PostgreSQL) can implement the same contract; the
 * SQLite implementation answers synchronously inside. Each method is one
 * transaction: callers never hold a transaction across an await.
 */
export interface Storage {
  insertAttachment(record: AttachmentRecord): Promise<void>;
  getAttachment(id: string): Promise<AttachmentRecord | null>;
  /** Blob keys of every attachment row (for the orphan check and GC). */
  attachmentBlobKeys(): Promise<string[]>;

  /** Claims `key` for one request; stale in-flight claims older than `staleBefore` are taken over. */
  claimIdempotency(
    key: IdempotencyKey,
    now: string,
    staleBefore: string,
  ): Promise<IdempotencyClaim>;
  releaseIdempotency(key: IdempotencyKey): Promise<void>;
  pruneIdempotency(before: string): Promise<number>;

  /** Creates a ticket with its first history line, completing the idempotency claim in the same transaction. */
  createTicket(
    ticket: TicketRecord,
    history: HistoryRecord[],
    completion?: { key: IdempotencyKey; status: number; body: unknown },
  ): Promise<void>;
  getTicket(id: string): Promise<TicketRecord | null>;
  listTickets(filter: { owner?: Owner; status?: string; limit: number }): Promise<TicketRecord[]>;
  /** Applies `patch`, appends the entry (when given) and the history lines, in one transaction. */
  updateTicket(
    id: string,
    patch: Partial<TicketRecord>,
    history: HistoryRecord[],
    entry?: TicketEntry & { clientId?: string },
  ): Promise<void>;
  ticketEntries(ticketId: string): Promise<TicketEntry[]>;
  /** An entry already made with this client id, for idempotent additions. */
  ticketEntryByClientId(ticketId: string, clientId: string): Promise<TicketEntry | null>;
  ticketHistory(ticketId: string): Promise<HistoryRecord[]>;
  /** Tickets not closed and idle since before `before`. */
  idleTickets(before: string): Promise<TicketRecord[]>;
  metrics(since: string): Promise<MetricsRow>;

  createConversation(conversation: ConversationRecord, first: NewMessage): Promise<ChatMessage>;
  getConversation(id: string): Promise<ConversationRecord | null>;
  /** The owner's conversation started with this client id, for idempotent starts. */
  findConversationByClientId(owner: Owner, clientId: string): Promise<ConversationRecord | null>;
  updateConversation(id: string, patch: Partial<ConversationRecord>): Promise<void>;
  /** Appends a message, or returns the one already sent with its client id. */
  appendMessage(
    conversationId: string,
    message: NewMessage,
    patch?: Partial<ConversationRecord>,
  ): Promise<{ message: ChatMessage; created: boolean }>;
  messageByClientId(conversationId: string, clientId: string): Promise<ChatMessage | null>;
  messagesAfter(conversationId: string, after: number, limit: number): Promise<ChatMessage[]>;
  /** Queued conversations, oldest first. */
  queuedConversations(): Promise<ConversationRecord[]>;
  /** The agent's active (claimed, not ended) conversations, earliest claimed first. */
  activeConversationsOf(agentId: string): Promise<ConversationRecord[]>;
  /**
   * Turns a conversation into a ticket in one transaction. `plan` runs inside
   * it, synchronously, with the conversation and every message as they are
   * then; it is not called when the conversation already has a ticket. Returns
   * null when there is no such conversation.
   */
  convertConversation(
    conversationId: string,
    plan: (conversation: ConversationRecord, transcript: ChatMessage[]) => ConversionPlan,
  ): Promise<ConversionResult | null>;

  /** Keeps the visitor's latest answer for the article (replacing an earlier one). */
  recordFaqFeedback(record: FaqFeedbackRecord): Promise<void>;
  /** Ratings given since `since`, newest first. */
  ratings(since: string, limit: number): Promise<RatingRecord[]>;

  close(): Promise<void>;
}
