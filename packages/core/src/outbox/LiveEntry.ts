import { type Signal, signal } from '@preact/signals-core';
import { readonly } from '../state/readonly.ts';
import type { OutboxEntry, OutboxEntryState, StoredEntry } from './OutboxEntry.ts';

/** A report as the outbox holds it in memory while the page lives. */
export interface LiveEntry {
  stored: StoredEntry;
  /** The files' bytes, by index; undefined when storage lost one. */
  blobs: Array<Blob | undefined>;
  /** Written only by the outbox; the UI gets `view.state`, a read-only view of it. */
  state: Signal<OutboxEntryState>;
  view: OutboxEntry;
  /** Failed attempts since the last success or edit, for the backoff. */
  attempt: number;
  nextAttemptAt: number;
}

/** Starts holding a report in memory. */
export function liveEntry(
  stored: StoredEntry,
  blobs: Array<Blob | undefined>,
  initial: OutboxEntryState,
): LiveEntry {
  const state = signal(initial);
  return { stored, blobs, state, view: viewOf(stored, state), attempt: 0, nextAttemptAt: 0 };
}

/** The UI's view of a report: a new object whenever the report is edited. */
export function viewOf(stored: StoredEntry, state: Signal<OutboxEntryState>): OutboxEntry {
  return {
    id: stored.id,
    report: stored.report,
    files: stored.files.map((f) => ({ name: f.name, bytes: f.bytes })),
    createdAt: stored.createdAt,
    state: readonly(state),
  };
}

/** Bytes of a report's files, counted against the outbox's budget. */
export function bytesOf(stored: StoredEntry): number {
  return stored.files.reduce((sum, f) => sum + f.bytes, 0);
}
