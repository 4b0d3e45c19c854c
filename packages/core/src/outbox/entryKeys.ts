import type { StoredEntry } from './OutboxEntry.ts';

/**
 * Storage keys of the outbox. A report and each of its files are separate
 * records, so recording an upload rewrites a small record, not the bytes.
 */
export const entryKey = (id: string): string => `entry:${id}`;

/** The key of one file of a report. */
export const blobKey = (id: string, index: number): string => `blob:${id}:${index}`;

/** The keys of all files of a report. */
export const blobKeys = (stored: StoredEntry): string[] =>
  stored.files.map((_, i) => blobKey(stored.id, i));
