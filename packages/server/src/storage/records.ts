import type {
  AttachmentMeta,
  ChatMessage,
  ClosingNote,
  ConversationStatus,
  Priority,
  Report,
  TicketEntry,
  TicketStatus,
} from '@destek/protocol';

/** Who a visitor is to the server: `site` plus `anon:<anonId>` or `user:<id>`. */
export interface Owner {
  site: string;
  visitor: string;
}

/** An uploaded file: the wire meta plus where its bytes are and whose it is. */
export interface AttachmentRecord extends Owner {
  meta: AttachmentMeta;
  /** The blob store's key. */
  blobKey: string;
  createdAt: string;
}

/** A ticket as stored. Times are RFC 3339 UTC strings. */
export interface TicketRecord extends Owner {
  id: string;
  reference: string;
  clientReportId: string;
  summary: string;
  category: string;
  priority: Priority;
  status: TicketStatus;
  /** Support tier, 1 first line; escalation raises it. */
  tier: number;
  team: string | null;
  report: Report | null;
  conversationId: string | null;
  targetMinutes: number;
  dueAt: string;
  createdAt: string;
  updatedAt: string;
  lastActivityAt: string;
  firstRespondedAt: string | null;
  resolvedAt: string | null;
  rating: number | null;
  ratingComment: string | null;
  /** When the owner rated the ticket itself (a chat's rating copied over leaves it null). */
  ratedAt: string | null;
  ratingRequested: boolean;
  escalated: boolean;
  /** The owner last looked at the ticket; later agent entries are unread. */
  ownerSeenAt: string | null;
  /** Agent replies so far: a ticket solved with exactly one counts as first-contact resolution. */
  replyCount: number;
  /** Where agent replies are e-mailed: the report's contact, the chat's address or the identity's. */
  email: string | null;
  /** The visitor's language, for the wording of those e-mails. */
  locale: string;
}

/** One line of a ticket's audit trail. */
export interface HistoryRecord {
  id: string;
  ticketId: string;
  /** `visitor`, `system` or `agent:<id>`. */
  actor: string;
  action: string;
  detail: Record<string, unknown>;
  at: string;
}

/** A conversation as stored. */
export interface ConversationRecord extends Owner {
  id: string;
  /** The client id of the first message: a retried start finds the same conversation. */
  startClientId: string;
  status: ConversationStatus;
  agentId: string | null;
  agentName: string | null;
  category: string;
  priority: Priority;
  locale: string;
  lastSeq: number;
  closingNote: ClosingNote | null;
  rating: number | null;
  ratingComment: string | null;
  ratedAt: string | null;
  /** Given at the start, or the identified user's: replies go there if the chat becomes a ticket. */
  email: string | null;
  ticketId: string | null;
  ticketReference: string | null;
  visitorReadSeq: number;
  createdAt: string;
  updatedAt: string;
  claimedAt: string | null;
  firstAgentReplyAt: string | null;
  endedAt: string | null;
}

export type { ChatMessage, TicketEntry };

/** A visitor's answer to "Did this solve it?" on one article; the latest one counts. */
export interface FaqFeedbackRecord extends Owner {
  articleId: string;
  helped: boolean;
  at: string;
}

/** One rating as agents see it in the ratings list. */
export interface RatingRecord {
  source: 'chat' | 'ticket';
  id: string;
  reference: string | null;
  score: number;
  comment: string | null;
  agentName: string | null;
  at: string;
}

/** What an idempotency claim found. */
export type IdempotencyClaim =
  | { kind: 'claimed' }
  | { kind: 'replay'; status: number; body: unknown }
  | { kind: 'mismatch' }
  | { kind: 'in_flight' };

/** Scope and key of one idempotent request. */
export interface IdempotencyKey extends Owner {
  key: string;
  fingerprint: string;
}
