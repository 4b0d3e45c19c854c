import type {
  Agent,
  AttachmentMeta,
  ClosingNote,
  ContextFact,
  MessageAuthor,
  Priority,
  QueueState,
  TicketReceipt,
} from '@destek/protocol';
import type { ReadonlySignal } from '@preact/signals-core';
import type { LinkState } from '../backend/SupportBackend.ts';
import type { FileRejection } from '../client/SupportClient.ts';

/**
 * Where the chat is: `idle` before it starts (or after `reset`), `starting`
 * while the first message goes up, then the conversation's own status.
 */
export type ChatPhase = 'idle' | 'starting' | 'queued' | 'active' | 'ended';

/** One line of the thread: a message of the server's, or one of ours on its way. */
export interface ChatItem {
  /** A stable key for lists: our own messages keep their client id from draft to sent. */
  readonly key: string;
  /** The server's order; null while ours is not acknowledged yet. */
  readonly seq: number | null;
  readonly clientId?: string;
  readonly from: MessageAuthor;
  /** The agent's or bot's display name. */
  readonly author?: string;
  readonly text: string;
  readonly attachments: readonly AttachmentMeta[];
  /** ISO time: the server's, or the moment ours was written. */
  readonly at: string;
  /** `sending` and `failed` are ours only; a failed one waits for `retry` or `discard`. */
  readonly state: 'sending' | 'failed' | 'sent';
}

/** The live link's state and when it began, so a UI can count "retrying in N s" down. */
export type ChatLink = LinkState & { readonly since: number };

/** A file going up before its message is sent. */
export interface ChatUpload {
  readonly id: string;
  readonly name: string;
  readonly bytes: number;
  /** Bytes sent so far. */
  readonly sent: number;
  readonly state: 'uploading' | 'failed';
}

/** What starts a chat: the report template's summary and category, plus the facts. */
export interface ChatStart {
  /** The first message: the summary the visitor wrote. Redacted before it leaves. */
  text: string;
  category: string;
  priority?: Priority;
  locale: string;
  /** Where replies go if the chat becomes a ticket; anonymous visitors only. */
  email?: string;
  context?: ContextFact[];
  attachments?: AttachmentMeta[];
}

/** Words of the text transcript, in the visitor's language. */
export interface TranscriptWords {
  /** @default 'You' */
  visitor: string;
  /** For agent messages without a name. @default 'Support' */
  agent: string;
  /** @default 'Notice' */
  system: string;
  /** Formats a message's time. @default the ISO time */
  time?: (iso: string) => string;
}

/**
 * A live chat with support, headless: read the signals, call the actions.
 * Built by `createChat`; one conversation at a time.
 */
export interface Chat {
  readonly phase: ReadonlySignal<ChatPhase>;
  readonly conversationId: ReadonlySignal<string | null>;
  /** Server messages in seq order (each once), then ours not yet acknowledged. */
  readonly items: ReadonlySignal<readonly ChatItem[]>;
  /** The place in the queue and the wait estimate, while queued. */
  readonly queue: ReadonlySignal<QueueState | null>;
  /** The agent who took the chat. */
  readonly agent: ReadonlySignal<Agent | null>;
  readonly agentTyping: ReadonlySignal<boolean>;
  readonly link: ReadonlySignal<ChatLink>;
  /** Messages from support after the last one seen (0 while the chat is visible). */
  readonly unread: ReadonlySignal<number>;
  readonly closingNote: ReadonlySignal<ClosingNote | null>;
  readonly rating: ReadonlySignal<{ score: number; comment?: string } | null>;
  /** The ticket the chat became (left message, lost connection), when it did. */
  readonly ticketReference: ReadonlySignal<string | null>;
  /** True while an open chat's live link has been down longer than `ticketOfferAfterMs`. */
  readonly ticketOffer: ReadonlySignal<boolean>;
  readonly uploads: ReadonlySignal<readonly ChatUpload[]>;

  /**
   * Starts the conversation. A retry after a failure reuses the same client id,
   * so the server makes one conversation. With nobody to answer, it comes back
   * `ended` with its `ticketReference`: a left message.
   */
  start(start: ChatStart): Promise<void>;
  /** Picks up the conversation saved by an earlier page, if any; true when there was one. */
  resume(): boolean;
  /** Sends a message at once, shown as `sending` until the server takes it. */
  send(text: string): void;
  /** Sends a failed message again, with the same client id. */
  retry(key: string): void;
  /** Drops a failed message that was never sent. */
  discard(key: string): void;
  /** Checks the files (type, size, count), uploads the accepted ones with progress and sends them. */
  attach(files: readonly File[]): FileRejection[];
  /** Call on every keystroke: tells the agent, throttled. */
  typing(): void;
  /** Whether the visitor sees the conversation now: seen messages are marked read. */
  setVisible(visible: boolean): void;
  end(): Promise<void>;
  rate(score: number, comment?: string): Promise<void>;
  /** Turns the conversation into a ticket carrying its transcript. */
  convertToTicket(): Promise<TicketReceipt>;
  emailTranscript(email: string): Promise<void>;
  /** The conversation as plain text, one message per paragraph. */
  transcript(words?: Partial<TranscriptWords>): string;
  /** Forgets the conversation (on this device) so another can start. */
  reset(): void;
  /** Stops the live stream and timers; the saved conversation stays for the next page. */
  dispose(): void;
}
