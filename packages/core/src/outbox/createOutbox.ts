import { newId } from '@destek/protocol';
import { signal } from '@preact/signals-core';
import { DestekError } from '../errors/DestekError.ts';
import { StorageError } from '../errors/StorageError.ts';
import { readonly } from '../state/readonly.ts';
import { backoffDelay } from './backoffDelay.ts';
import { openOutboxStore } from './defaultStores.ts';
import { blobKey, blobKeys, entryKey } from './entryKeys.ts';
import { failureOutcome } from './failureOutcome.ts';
import type { KeyValueStore } from './KeyValueStore.ts';
import { bytesOf, type LiveEntry, liveEntry, viewOf } from './LiveEntry.ts';
import type { Outbox, OutboxOptions } from './Outbox.ts';
import {
  type OutboxCounters,
  type OutboxEntry,
  type OutboxEntryState,
  type OutboxFile,
  type OutboxOutcome,
  type OutboxState,
  type StoredEntry,
  zeroCounters,
} from './OutboxEntry.ts';
import { outboxPersistence } from './outboxPersistence.ts';
import { browserNetwork, globalTimers } from './platform.ts';
import { defaultSendLock } from './SendLock.ts';
import { sendEntry } from './sendEntry.ts';
import { storageFailure } from './storageFailure.ts';

/**
 * Creates the outbox. A report is written to storage with its idempotency key
 * before the first request and deleted only on the backend's receipt; failures
 * worth retrying are retried with full-jitter backoff, others wait for the user.
 */
export function createOutbox(options: OutboxOptions): Outbox {
  const { backend } = options;
  const clock = options.clock ?? (() => Date.now());
  const random = options.random ?? Math.random;
  const timers = options.timers ?? globalTimers();
  const network = options.network ?? browserNetwork();
  const lock = options.lock ?? defaultSendLock('destek-outbox');
  const maxReports = options.maxReports ?? 50;
  const maxBytes = options.maxBytes ?? 50 * 1024 * 1024;
  const maxRetryAfter = options.maxRetryAfterMs ?? 3_600_000;
  const lockRetryMs = options.lockRetryMs ?? 5000;
  const store: KeyValueStore | undefined =
    options.storage === undefined ? openOutboxStore() : (options.storage ?? undefined);

  const live = new Map<string, LiveEntry>();
  const entries = signal<readonly OutboxEntry[]>([]);
  const counters = signal<OutboxCounters>(zeroCounters());
  const state = signal<OutboxState>({
    storage: store ? 'persistent' : 'memory',
    pending: 0,
    bytes: 0,
    full: false,
    sending: false,
    error: null,
  });
  let pausedUntil = 0;
  let timer: unknown;
  let disposed = false;
  let flushing: Promise<void> | undefined;
  let again = false;

  const count = (outcome: OutboxOutcome) => {
    counters.value = { ...counters.value, [outcome]: counters.value[outcome] + 1 };
  };
  const pendingOf = () => [...live.values()].filter((l) => l.state.peek().status !== 'sent');
  const refresh = () => {
    const all = [...live.values()].sort((a, b) => a.stored.createdAt - b.stored.createdAt);
    entries.value = all.map((l) => l.view);
    const pending = pendingOf();
    const bytes = pending.reduce((sum, l) => sum + bytesOf(l.stored), 0);
    state.value = {
      ...state.value,
      pending: pending.length,
      bytes,
      full: pending.length >= maxReports || bytes >= maxBytes,
    };
  };

  const fallBackToMemory = (cause: unknown) => {
    count('storage_unavailable');
    const error = storageFailure(
      cause,
      'Reports are kept in memory only: keep this tab open until they are sent',
    );
    state.value = { ...state.value, storage: 'memory', error };
  };
  const storage = outboxPersistence(store, fallBackToMemory);
  const persist = storage.write;
  // No IndexedDB at all (old WebView, some private modes): say so from the start.
  if (!store && options.storage === undefined)
    fallBackToMemory(new Error('IndexedDB is not available'));

  const track = (
    stored: StoredEntry,
    blobs: Array<Blob | undefined>,
    initial: OutboxEntryState,
  ): LiveEntry => {
    const entry = liveEntry(stored, blobs, initial);
    live.set(stored.id, entry);
    return entry;
  };

  /** Picks up reports saved by earlier pages (and other tabs) that this page does not hold yet. */
  const load = async () => {
    for (const { stored, blobs } of await storage.loadNew((id) => live.has(id))) {
      const initial: OutboxEntryState = stored.attention
        ? { status: 'needs-attention', reason: stored.attention }
        : { status: 'saved-waiting', offline: !network.isOnline() };
      track(stored, blobs, initial);
    }
    refresh();
  };

  const sendOne = async (entry: LiveEntry) => {
    const { stored } = entry;
    try {
      const receipt = await sendEntry(backend, stored, entry.blobs, {
        progress: (sent, total) => {
          entry.state.value = { status: 'sending', sent, total };
        },
        // Remember each upload, so a retry after a reload does not send the bytes again.
        uploaded: () => persist((target) => target.setMany([[entryKey(stored.id), stored]])),
      });
      await persist((target) => target.delMany([entryKey(stored.id), ...blobKeys(stored)]));
      entry.blobs = [];
      entry.state.value = { status: 'sent', receipt };
      count('sent');
    } catch (error) {
      await fail(entry, error);
    }
    refresh();
  };

  const fail = async (entry: LiveEntry, error: unknown) => {
    if (error instanceof StorageError) {
      count('storage_unavailable');
      entry.state.value = {
        status: 'needs-attention',
        reason: { code: 'invalid', field: 'attachments' },
      };
      return;
    }
    const decision = failureOutcome(error);
    count(decision.outcome);
    if (decision.retry) {
      entry.attempt += 1;
      const delay =
        decision.retryAfterMs === undefined
          ? backoffDelay(entry.attempt, random, options.backoff)
          : Math.min(decision.retryAfterMs, maxRetryAfter);
      entry.nextAttemptAt = clock() + delay;
      entry.state.value = {
        status: 'retrying',
        attempt: entry.attempt,
        nextAttemptAt: entry.nextAttemptAt,
        code: decision.code,
      };
      // The network or the rate limit applies to every report: do not hammer with the rest.
      if (decision.pauseQueue) pausedUntil = entry.nextAttemptAt;
      return;
    }
    entry.stored.attention = decision.reason;
    await persist((target) => target.setMany([[entryKey(entry.stored.id), entry.stored]]));
    entry.state.value = { status: 'needs-attention', reason: decision.reason };
  };

  const isDue = (entry: LiveEntry, now: number) => {
    const status = entry.state.peek().status;
    return status === 'saved-waiting' || (status === 'retrying' && entry.nextAttemptAt <= now);
  };

  const markOffline = (offline: boolean) => {
    for (const entry of live.values()) {
      const current = entry.state.peek();
      if (current.status === 'saved-waiting' && current.offline !== offline) {
        entry.state.value = { status: 'saved-waiting', offline };
      }
    }
  };

  const drain = async () => {
    state.value = { ...state.value, sending: true };
    try {
      await load();
      while (!disposed) {
        const online = network.isOnline();
        markOffline(!online);
        const now = clock();
        if (!online || now < pausedUntil) break;
        const next = [...live.values()]
          .filter((entry) => isDue(entry, now))
          .sort((a, b) => a.stored.createdAt - b.stored.createdAt)[0];
        if (!next) break;
        if (!(await storage.stillSaved(next.stored.id))) {
          // Another tab sent it while this one did not hold the lock.
          live.delete(next.stored.id);
          refresh();
          continue;
        }
        await sendOne(next);
      }
    } finally {
      state.value = { ...state.value, sending: false };
    }
  };

  const schedule = (extraAt?: number) => {
    if (timer !== undefined) timers.clearTimeout(timer);
    timer = undefined;
    if (disposed) return;
    const times = [...live.values()]
      .filter((entry) => entry.state.peek().status === 'retrying')
      .map((entry) => entry.nextAttemptAt);
    if (pausedUntil > clock()) times.push(pausedUntil);
    if (extraAt !== undefined) times.push(extraAt);
    if (times.length === 0) return;
    const at = Math.min(...times);
    timer = timers.setTimeout(
      () => {
        timer = undefined;
        void flush();
      },
      Math.max(0, at - clock()),
    );
  };

  const flush = (): Promise<void> => {
    if (disposed) return Promise.resolve();
    if (flushing) {
      again = true;
      return flushing;
    }
    flushing = (async () => {
      try {
        await ready;
        do {
          again = false;
          const got = await lock.run(drain);
          schedule(got ? undefined : clock() + lockRetryMs);
        } while (again && !disposed);
      } finally {
        // Cleared in the same turn as the last `again` check: a flush asked for
        // after it starts a new run instead of joining one that is ending.
        flushing = undefined;
      }
    })();
    return flushing;
  };

  const ready = load();
  const stopOnline = network.onOnline(() => {
    // The network is back: network failures say nothing about now. A server's
    // Retry-After still holds, so rate-limited reports keep their time.
    const now = clock();
    let rateLimited = false;
    for (const entry of live.values()) {
      const current = entry.state.peek();
      if (current.status !== 'retrying') continue;
      if (current.code === 'rate_limited') rateLimited = true;
      else entry.nextAttemptAt = now;
    }
    if (!rateLimited) pausedUntil = 0;
    void flush();
  });
  void flush();

  const editable = (id: string): LiveEntry => {
    const entry = live.get(id);
    if (entry !== undefined && entry.state.peek().status === 'needs-attention') return entry;
    throw new DestekError('outbox_not_editable', `Report ${id} is not waiting for changes`);
  };

  const save = async (stored: StoredEntry, files: readonly OutboxFile[] | undefined) => {
    const writes: Array<[string, unknown]> = [[entryKey(stored.id), stored]];
    files?.forEach((file, i) => {
      writes.push([blobKey(stored.id, i), file.blob]);
    });
    await persist((target) => target.setMany(writes));
  };

  return {
    entries: readonly(entries),
    state: readonly(state),
    counters: readonly(counters),
    ready,
    async add(report, files = []) {
      await ready;
      const pending = pendingOf();
      const bytes = files.reduce((sum, f) => sum + f.blob.size, 0);
      const held = pending.reduce((sum, l) => sum + bytesOf(l.stored), 0);
      if (pending.length + 1 > maxReports || held + bytes > maxBytes) {
        count('queue_full');
        const error = new StorageError(
          'storage_full',
          'The outbox is full: wait until earlier reports are sent',
        );
        state.value = { ...state.value, full: true, error };
        throw error;
      }
      const clientReportId = report.clientReportId ?? newId();
      const stored: StoredEntry = {
        id: newId(),
        idempotencyKey: clientReportId,
        report: { ...report, clientReportId },
        files: files.map((f) => ({ name: f.name, bytes: f.blob.size })),
        createdAt: clock(),
      };
      // Saved before any request: a crash from here on cannot lose the report.
      await save(stored, files);
      const entry = track(
        stored,
        files.map((f) => f.blob),
        { status: 'saved-waiting', offline: !network.isOnline() },
      );
      if (state.value.error?.code === 'storage_full' && storage.persistent)
        state.value = { ...state.value, error: null };
      refresh();
      void flush();
      return entry.view;
    },
    async update(id, report, files) {
      const entry = editable(id);
      // An edited report is a new request: reusing the key with another payload is refused.
      const clientReportId = newId();
      const previous = entry.stored;
      const stored: StoredEntry = {
        ...previous,
        idempotencyKey: clientReportId,
        report: { ...report, clientReportId },
        files: files ? files.map((f) => ({ name: f.name, bytes: f.blob.size })) : previous.files,
      };
      delete stored.attention;
      if (files) await persist((target) => target.delMany(blobKeys(previous)));
      await save(stored, files);
      entry.stored = stored;
      if (files) entry.blobs = files.map((f) => f.blob);
      entry.attempt = 0;
      entry.nextAttemptAt = 0;
      entry.view = viewOf(stored, entry.state);
      entry.state.value = { status: 'saved-waiting', offline: !network.isOnline() };
      refresh();
      void flush();
      return entry.view;
    },
    async discard(id) {
      // A sent report is only in memory: dropping it from the list is all there is to do.
      if (live.get(id)?.state.peek().status === 'sent') {
        live.delete(id);
        refresh();
        return;
      }
      const entry = editable(id);
      await persist((target) => target.delMany([entryKey(id), ...blobKeys(entry.stored)]));
      live.delete(id);
      refresh();
    },
    flush,
    dispose() {
      disposed = true;
      stopOnline();
      if (timer !== undefined) timers.clearTimeout(timer);
      timer = undefined;
    },
  };
}
