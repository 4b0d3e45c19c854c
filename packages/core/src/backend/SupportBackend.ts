import type {
  AttachmentMeta,
  Capabilities,
  ChatMessage,
  ConversationSnapshot,
  FaqArticle,
  Identity,
  LiveEvent,
  Rating,
  Report,
  SendMessage,
  ServerStatus,
  StartConversation,
  TicketDetail,
  TicketEntry,
  TicketReceipt,
  TicketSummary,
} from '@destek/protocol';

/**
 * What a backend can do. The widget hides what is switched off, and calling a
 * method whose capability is off rejects with a `BackendError('unsupported')`.
 * - `tickets`: reports, "My requests", additions, escalation.
 * - `liveChat`: conversations and their live stream.
 * - `attachments` / `uploadProgress`: files, and progress while they upload.
 * - `typing`, `queuePosition`, `rating`, `faq`: the matching features.
 * - `resume`: the live stream replays what was missed from a cursor.
 * - `identity`: signed identities are checked, so identified users see their history.
 * - `email`: the backend sends e-mail (transcripts on request, ticket replies to the
 *   visitor's address); without it, `emailTranscript` is unsupported and asking
 *   for an address only helps the agent reach the visitor by hand.
 */
export type BackendCapabilities = Capabilities;

/** Who is using the widget: a random anonymous id, plus the host's user when signed in. */
export interface Visitor {
  anonId: string;
  user?: Identity;
}

export interface CallOptions {
  signal?: AbortSignal;
}

export interface UploadOptions extends CallOptions {
  /** Called as bytes leave the device; `total` is the file's size. */
  onProgress?: (sent: number, total: number) => void;
}

export interface SubmitOptions extends CallOptions {
  /**
   * Made once when the user presses Send and stored with the report, so a
   * retry after a lost answer returns the first receipt instead of a second ticket.
   */
  idempotencyKey: string;
}

/** The live link's state, worded by the UI ("retrying in 4 s"). */
export type LinkState =
  | { state: 'connecting' }
  | { state: 'live' }
  | { state: 'retrying'; retryInMs: number }
  | { state: 'offline' };

export interface LiveHandlers {
  /** Every event, in order; `message` events arrive once each, in seq order. */
  onEvent: (event: LiveEvent) => void;
  onLink?: (link: LinkState) => void;
}

export interface LiveSubscription {
  /** Stops the stream; no handler is called afterwards. */
  close(): void;
}

/** Information added by the owner to an open ticket. */
export interface TicketAddition {
  clientId: string;
  text: string;
  attachments: AttachmentMeta[];
}

/**
 * The contract between Destek's client and any backend. Every method that
 * talks to the network rejects only with `BackendError`, and validates what
 * comes back: a backend is untrusted. Adapters never retry reports themselves;
 * core's outbox does, with the idempotency key.
 */
export interface SupportBackend {
  /** For logs and diagnostics (`http`, `memory`). */
  readonly name: string;
  readonly capabilities: BackendCapabilities;

  /** Opens (or renews) the visitor's session. Safe to call again, e.g. after `identify`. */
  connect(visitor: Visitor, options?: CallOptions): Promise<void>;
  /** Server time, business hours and agents online; also the reachability check. */
  status(options?: CallOptions): Promise<ServerStatus>;

  uploadAttachment(file: Blob, name: string, options?: UploadOptions): Promise<AttachmentMeta>;
  /** Resolves only with the backend's acknowledgement: the outbox deletes the report on it. */
  submitReport(report: Report, options: SubmitOptions): Promise<TicketReceipt>;

  listTickets(options?: CallOptions): Promise<TicketSummary[]>;
  getTicket(ticketId: string, options?: CallOptions): Promise<TicketDetail>;
  addToTicket(
    ticketId: string,
    addition: TicketAddition,
    options?: CallOptions,
  ): Promise<TicketEntry>;
  escalateTicket(ticketId: string, reason: string, options?: CallOptions): Promise<void>;
  rateTicket(ticketId: string, rating: Rating, options?: CallOptions): Promise<void>;

  searchFaq(query: { q?: string; locale?: string }, options?: CallOptions): Promise<FaqArticle[]>;

  /**
   * Starts a chat; the first message is the report template's summary. `start.email`
   * is where replies go if the chat becomes a ticket (anonymous visitors only: an
   * identified user's own address is used). With nobody to answer, the snapshot
   * comes back already `ended` with its `ticketReference`.
   */
  startConversation(start: StartConversation, options?: CallOptions): Promise<ConversationSnapshot>;
  /** The conversation's state, with the messages after `after` (all when omitted). */
  getConversation(
    conversationId: string,
    after?: number,
    options?: CallOptions,
  ): Promise<ConversationSnapshot>;
  /** Idempotent on `message.clientId`: a retry returns the message already stored. */
  sendMessage(
    conversationId: string,
    message: SendMessage,
    options?: CallOptions,
  ): Promise<ChatMessage>;
  setTyping(conversationId: string, active: boolean, options?: CallOptions): Promise<void>;
  markRead(conversationId: string, seq: number, options?: CallOptions): Promise<void>;
  closeConversation(conversationId: string, options?: CallOptions): Promise<void>;
  /** Rates an ended chat, 1 to 5; the comment is kept and shown to agents. */
  rateConversation(conversationId: string, rating: Rating, options?: CallOptions): Promise<void>;
  /**
   * Turns the conversation into a ticket carrying its whole transcript (after a
   * long loss of connection, or to leave a message). The conversation ends with
   * `ticketReference` set. Idempotent: a second call, or a call on a chat that
   * already became a ticket, returns that ticket's receipt. Needs `liveChat` and `tickets`.
   */
  convertToTicket(conversationId: string, options?: CallOptions): Promise<TicketReceipt>;
  /**
   * Sends the conversation's transcript to `email`. Resolves once the backend
   * has taken the mail on; delivery happens later. Needs `liveChat` and `email`.
   */
  emailTranscript(conversationId: string, email: string, options?: CallOptions): Promise<void>;
  /**
   * "Did this solve it?" on a self-help article from `searchFaq`: `true` counts a
   * deflection. Saying it again replaces the visitor's earlier answer. Needs `faq`.
   */
  faqFeedback(articleId: string, helped: boolean, options?: CallOptions): Promise<void>;
  /**
   * Streams the conversation's events from `after`: first a `state` snapshot,
   * then every message once, in seq order, across reconnects.
   */
  subscribe(conversationId: string, after: number, handlers: LiveHandlers): LiveSubscription;

  /** Closes streams and timers. The backend is unusable afterwards. */
  dispose(): void;
}
