import type { ChatStore } from './ChatOptions.ts';

/** What is kept of the active conversation between pages: ids and numbers, no text. */
export interface SavedChat {
  id: string;
  /** The highest seq this device has seen: later ones are new after a reload. */
  seen: number;
  /** The highest seq the visitor has read. */
  read: number;
  /** The conversation has ended: nothing live to follow before the visitor looks. */
  ended: boolean;
}

const ID = /^[0-9a-f-]{36}$/;
const isSeq = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

/** The saved conversation, or null when there is none or what is there is not ours. */
export function readSavedChat(store: ChatStore | null, key: string): SavedChat | null {
  try {
    const raw = store?.getItem(key);
    if (!raw) return null;
    const data: unknown = JSON.parse(raw);
    if (typeof data !== 'object' || data === null) return null;
    const { id, seen, read, ended } = data as Record<string, unknown>;
    if (typeof id !== 'string' || !ID.test(id) || !isSeq(seen) || !isSeq(read)) return null;
    return { id, seen, read, ended: ended === true };
  } catch {
    // Blocked storage or a damaged value: start afresh rather than fail.
    return null;
  }
}

/** Saves (or with `null`, forgets) the active conversation; storage failures are ignored. */
export function writeSavedChat(
  store: ChatStore | null,
  key: string,
  saved: SavedChat | null,
): void {
  try {
    if (saved) store?.setItem(key, JSON.stringify(saved));
    else store?.removeItem(key);
  } catch {
    // Quota or blocked storage: the chat goes on, only a reload will not find it.
  }
}
