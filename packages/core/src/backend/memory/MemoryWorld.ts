import type {
  Agent,
  AttachmentMeta,
  ChatMessage,
  ClosingNote,
  FaqArticle,
  LiveEvent,
  Priority,
  Report,
  TicketDetail,
  TicketReceipt,
} from '@destek/protocol';

/** A stored upload: the bytes and what the server said about them. */
export interface StoredAttachment {
  owner: string;
  blob: Blob;
  meta: AttachmentMeta;
}

/** A ticket with its owner, the report it came from and its idempotent additions. */
export interface StoredTicket {
  owner: string;
  report: Report | undefined;
  receipt: TicketReceipt;
  detail: TicketDetail;
  /** Additions by client id, so a retried addition is stored once. */
  additions: Map<string, TicketDetail['entries'][number]>;
  /** Where agent replies are e-mailed; null when the visitor left no address. */
  email: string | null;
  /** The comment given with the rating, shown to agents. */
  ratingComment: string | undefined;
}

/** A conversation with its messages in seq order and its live subscribers. */
export interface StoredConversation {
  id: string;
  owner: string;
  status: 'queued' | 'active' | 'ended';
  category: string;
  priority: Priority;
  /** Given at the start, or the identified user's; replies go there once it is a ticket. */
  email: string | null;
  agent: Agent | null;
  messages: ChatMessage[];
  byClientId: Map<string, ChatMessage>;
  closingNote: ClosingNote | null;
  rating: number | null;
  ratingComment: string | undefined;
  ticketId: string | null;
  ticketReference: string | null;
  lastReadSeq: number;
  /** Live subscribers; each gets every event and filters messages by its own cursor. */
  listeners: Set<(event: LiveEvent) => void>;
}

/** An e-mail the memory backend "sent": kept for tests instead of leaving the machine. */
export interface SentEmail {
  to: string;
  /** `transcript` on request or when a chat became a ticket; `reply` for an agent's ticket reply. */
  kind: 'transcript' | 'reply';
  /** The conversation or ticket it is about. */
  about: string;
  text: string;
}

/** Everything one memory backend holds. Plain maps: a test can look at them. */
export interface MemoryWorld {
  attachments: Map<string, StoredAttachment>;
  tickets: Map<string, StoredTicket>;
  /** `${owner} ${idempotencyKey}` → the first request's canonical JSON and its ticket id. */
  idempotency: Map<string, { payload: string; ticketId: string }>;
  conversations: Map<string, StoredConversation>;
  /** `${owner} ${clientId}` of a conversation start → the conversation id. */
  conversationStarts: Map<string, string>;
  faq: FaqArticle[];
  agentsOnline: number;
  /** Outgoing e-mail, oldest first. */
  emails: SentEmail[];
  /** `${owner} ${articleId}` → the visitor's latest "Did this solve it?" answer. */
  faqFeedback: Map<string, boolean>;
}

/** An empty world holding `faq`. */
export function createWorld(faq: readonly FaqArticle[], agentsOnline: number): MemoryWorld {
  return {
    attachments: new Map(),
    tickets: new Map(),
    idempotency: new Map(),
    conversations: new Map(),
    conversationStarts: new Map(),
    faq: [...faq],
    agentsOnline,
    emails: [],
    faqFeedback: new Map(),
  };
}
