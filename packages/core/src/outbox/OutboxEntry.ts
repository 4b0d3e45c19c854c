import type { AttachmentMeta, ErrorCode, Report, TicketReceipt } from '@destek/protocol';
import type { ReadonlySignal } from '@preact/signals-core';
import type { BackendErrorCode } from '../errors/BackendError.ts';
import type { StorageError } from '../errors/StorageError.ts';

/** A report as handed to the outbox: attachments come as files and are uploaded by it. */
export type OutboxReport = Omit<Report, 'attachments' | 'clientReportId'> & {
  /** Made when the user pressed Send; the idempotency key repeats it. @default a new id */
  clientReportId?: string;
};

/** A file to attach, kept as bytes in the outbox until it is uploaded. */
export interface OutboxFile {
  blob: Blob;
  name: string;
}

/** Why a report needs the user: the backend refused it as it is. */
export interface AttentionReason {
  code: BackendErrorCode;
  /** The refused input (`summary`, `attachments.0`), when the backend named it. */
  field?: string;
  wireCode?: ErrorCode;
}

/**
 * Where a report is, as the UI words it:
 * - `saved-waiting`: saved on the device, waiting to send (`offline` when the device says it is);
 * - `sending`: uploading files (`sent`/`total` bytes) or submitting;
 * - `retrying`: a send failed in a way worth retrying; the next try is at `nextAttemptAt`;
 * - `needs-attention`: the backend refused it; edit it with `update` and it is sent again;
 * - `sent`: acknowledged, with the receipt (reference number); gone from the device.
 */
export type OutboxEntryState =
  | { status: 'saved-waiting'; offline: boolean }
  | { status: 'sending'; sent: number; total: number }
  | { status: 'retrying'; attempt: number; nextAttemptAt: number; code: BackendErrorCode }
  | { status: 'needs-attention'; reason: AttentionReason }
  | { status: 'sent'; receipt: TicketReceipt };

/** One report in the outbox, as the UI sees it. */
export interface OutboxEntry {
  readonly id: string;
  readonly report: OutboxReport & { clientReportId: string };
  readonly files: ReadonlyArray<{ name: string; bytes: number }>;
  /** When it was added, by the outbox's clock. */
  readonly createdAt: number;
  readonly state: ReadonlySignal<OutboxEntryState>;
}

/** How a send ended, counted so every failure is visible. */
export type OutboxOutcome =
  | 'sent'
  | 'network_error'
  | 'rate_limited'
  | 'server_error'
  | 'unauthorized'
  | 'invalid'
  | 'too_large'
  | 'rejected'
  | 'storage_unavailable'
  | 'queue_full';

/** How many sends ended each way since the page loaded. */
export type OutboxCounters = Readonly<Record<OutboxOutcome, number>>;

/** The outbox as a whole. */
export interface OutboxState {
  /** `memory` when IndexedDB is missing or failed: reports are lost if the tab closes. */
  storage: 'persistent' | 'memory';
  /** Reports not yet acknowledged. */
  pending: number;
  /** Bytes of their files. */
  bytes: number;
  /** True when no more reports fit; `add` refuses until some are sent. */
  full: boolean;
  /** True while this tab is sending. */
  sending: boolean;
  /** The last refusal or storage failure, for the UI to explain. */
  error: StorageError | null;
}

/** What the outbox keeps in storage for one report (blobs are kept under their own keys). */
export interface StoredEntry {
  id: string;
  idempotencyKey: string;
  report: OutboxReport & { clientReportId: string };
  files: Array<{ name: string; bytes: number; meta?: AttachmentMeta }>;
  createdAt: number;
  attention?: AttentionReason;
}

/** Counters all at zero. */
export function zeroCounters(): Record<OutboxOutcome, number> {
  return {
    sent: 0,
    network_error: 0,
    rate_limited: 0,
    server_error: 0,
    unauthorized: 0,
    invalid: 0,
    too_large: 0,
    rejected: 0,
    storage_unavailable: 0,
    queue_full: 0,
  };
}
