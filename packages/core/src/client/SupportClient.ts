import type {
  ContextFact,
  Rating,
  RedactionFinding,
  ServerStatus,
  TicketDetail,
  TicketEntry,
  TicketSummary,
} from '@destek/protocol';
import type { ReadonlySignal } from '@preact/signals-core';
import type { Classification } from '../classifier/ClassifyOptions.ts';
import type { CategoryHint } from '../classifier/wrongCategoryHint.ts';
import type { ResolvedConfig } from '../config/ResolvedConfig.ts';
import type { Outbox } from '../outbox/Outbox.ts';
import type { OutboxEntry } from '../outbox/OutboxEntry.ts';
import type { ReportBuilder } from '../report/createReportBuilder.ts';
import type { SessionBackend, SessionState } from './keepSession.ts';

/** A file the user attached to the draft; uploaded by the outbox when the report is sent. */
export interface DraftFile {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly bytes: number;
  readonly blob: Blob;
}

/**
 * Why a file was refused, with the limit, so the UI can say "x.gif: only PNG, JPEG…" or "… over 10 MB".
 * `too_many_pixels` (width × height over the limit, read from the header) and
 * `unreadable` (the bytes do not decode as the image they claim to be) come
 * from the screenshot checks that run before `addFiles`.
 */
export interface FileRejection {
  readonly name: string;
  readonly code: 'type' | 'too_large' | 'too_many' | 'empty' | 'too_many_pixels' | 'unreadable';
  /** The limit broken: bytes for `too_large`, a count for `too_many`, pixels for `too_many_pixels`. */
  readonly limit?: number;
}

/** Exactly what Send will send, for the review step. */
export interface ReviewPreview {
  /** The text fields after redaction. */
  readonly summary: string;
  readonly stepsTried: readonly string[];
  readonly expected: string;
  readonly observed: string;
  /** What redaction hid, by kind. */
  readonly findings: readonly RedactionFinding[];
  /** Device and app facts, minus the ones the user removed. */
  readonly facts: readonly ContextFact[];
}

/**
 * Everything a report UI needs, in one object: the draft (autosaved and
 * restored), the classifier's suggestion, the review preview, sending through
 * the outbox, and the user's requests. Built by `createSupportClient`.
 */
export interface SupportClient {
  readonly config: ResolvedConfig;
  /** The report being written: draft, issues, actions. */
  readonly report: ReportBuilder;
  /** Files attached to the draft, not yet uploaded. */
  readonly files: ReadonlySignal<readonly DraftFile[]>;
  /** Adds files, checking type, size and count; returns the refused ones with the reason. */
  addFiles(files: readonly File[]): FileRejection[];
  removeFile(id: string): void;
  /** The classifier's view of the summary and observed text; null until there is text. */
  readonly suggestion: ReadonlySignal<Classification | null>;
  /** A hint when the chosen category disagrees with a confident suggestion. */
  readonly categoryHint: ReadonlySignal<CategoryHint | null>;
  /** Keys of facts the user removed in review. */
  readonly removedFacts: ReadonlySignal<ReadonlySet<string>>;
  toggleFact(key: string): void;
  /**
   * Builds the review preview (collects context, redacts), and measures the
   * backend (reachable, latency, clock skew) for the report in the background.
   */
  review(): Promise<ReviewPreview>;
  /**
   * Validates, redacts, attaches context and diagnostics, and saves the report
   * to the outbox (which sends it). Makes no request before the report is
   * saved: the backend checks are the ones `review()` measured (`unknown`
   * without one). Clears the draft once saved. Rejects with a
   * `ValidationError` when the draft is not sendable, or a `StorageError` when full.
   */
  send(): Promise<OutboxEntry>;
  readonly outbox: Outbox;
  /** The user's requests from the backend (sent ones; pending ones are in the outbox). */
  listTickets(): Promise<TicketSummary[]>;
  getTicket(id: string): Promise<TicketDetail>;
  addToTicket(id: string, text: string): Promise<TicketEntry>;
  escalate(id: string, reason: string): Promise<void>;
  rate(id: string, rating: Rating): Promise<void>;
  /** Whether the backend accepted this site and visitor; `refused` needs the site owner. */
  readonly session: ReadonlySignal<SessionState>;
  /**
   * The backend with the visitor's session opened on demand and reopened when
   * it lapses: for features built beside the report (chat, self-help).
   */
  readonly backend: SessionBackend;
  /** The backend's status (also the reachability check). */
  status(): Promise<ServerStatus>;
  /** Signs the user in or out of the host's identity (`null` = anonymous). */
  identify(user: ResolvedConfig['user']): Promise<void>;
  setLocale(locale: string): void;
  /** Stops timers and listeners; drafts and pending reports stay on the device. */
  destroy(): void;
}
