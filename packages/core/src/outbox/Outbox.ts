import type { ReadonlySignal } from '@preact/signals-core';
import type { SupportBackend } from '../backend/SupportBackend.ts';
import type { BackoffOptions } from './backoffDelay.ts';
import type { KeyValueStore } from './KeyValueStore.ts';
import type {
  OutboxCounters,
  OutboxEntry,
  OutboxFile,
  OutboxReport,
  OutboxState,
} from './OutboxEntry.ts';
import type { NetworkStatus, Timers } from './platform.ts';
import type { SendLock } from './SendLock.ts';

/** Everything {@link createOutbox} is handed; tests pass plain objects for each. */
export interface OutboxOptions {
  /** Where reports go. */
  backend: SupportBackend;
  /**
   * Where reports wait. `null` keeps them in memory only.
   * @default IndexedDB database `destek-outbox`, store `entries` (memory when IndexedDB is missing)
   */
  storage?: KeyValueStore | null;
  /** @default Date.now */
  clock?: () => number;
  /** Source of backoff jitter. @default Math.random */
  random?: () => number;
  /** @default the global setTimeout/clearTimeout */
  timers?: Timers;
  /** One tab sends at a time. @default Web Locks, else a localStorage lease, else page-local */
  lock?: SendLock;
  /** @default navigator.onLine and the `online` event */
  network?: NetworkStatus;
  /** @default { baseMs: 1000, capMs: 300000 } */
  backoff?: BackoffOptions;
  /** Reports held at most; more are refused, none evicted. @default 50 */
  maxReports?: number;
  /** Bytes of files held at most. @default 52428800 (50 MB) */
  maxBytes?: number;
  /** A server's Retry-After is honoured up to this long. @default 3600000 (1 hour) */
  maxRetryAfterMs?: number;
  /** When another tab holds the send lock, look again after this long. @default 5000 */
  lockRetryMs?: number;
}

/** Reports saved on the device and sent until the backend acknowledges them. */
export interface Outbox {
  /** Every report of this session and the ones found at start-up, oldest first. */
  readonly entries: ReadonlySignal<readonly OutboxEntry[]>;
  readonly state: ReadonlySignal<OutboxState>;
  readonly counters: ReadonlySignal<OutboxCounters>;
  /** Resolves when the reports saved by earlier pages are loaded. */
  readonly ready: Promise<void>;
  /**
   * Saves the report and its files, then starts sending. Resolves once saved
   * (not sent); rejects with `StorageError('storage_full')` when the outbox is full.
   */
  add(report: OutboxReport, files?: readonly OutboxFile[]): Promise<OutboxEntry>;
  /** Replaces a refused (`needs-attention`) report, and its files when given, and sends it again. */
  update(id: string, report: OutboxReport, files?: readonly OutboxFile[]): Promise<OutboxEntry>;
  /**
   * Deletes a refused report the user gave up on, or drops a sent one from
   * `entries` once its confirmation was shown. Other reports cannot be discarded.
   */
  discard(id: string): Promise<void>;
  /** Sends what is due now; the outbox also does this at start-up, on `online` and on its timers. */
  flush(): Promise<void>;
  /** Stops timers and listeners; saved reports stay for the next page. */
  dispose(): void;
}
