import type { ConversationStatus } from '@destek/protocol';
import { signal } from '@preact/signals';
import { readStored, writeStored } from './stored.ts';

const KEY = 'destek.console.chats';

/** A chat this agent took, remembered for the tab (the queue lists only waiting chats). */
export interface MyChat {
  id: string;
  /** The first message, for the list. */
  preview: string;
  claimedAt: string;
  status: ConversationStatus;
  /** The visitor's language, to offer canned answers in it first. */
  locale?: string;
}

export const myChats = signal<MyChat[]>(readStored<MyChat[]>(KEY, []));

function save(next: MyChat[]): void {
  myChats.value = next;
  writeStored(KEY, next);
}

/** Adds or updates a chat (latest first). */
export function rememberChat(chat: Omit<MyChat, 'claimedAt'> & { claimedAt?: string }): void {
  const known = myChats.value.find((c) => c.id === chat.id);
  const entry: MyChat = {
    id: chat.id,
    preview: chat.preview || known?.preview || '',
    claimedAt: known?.claimedAt ?? chat.claimedAt ?? new Date().toISOString(),
    status: chat.status,
  };
  const locale = chat.locale ?? known?.locale;
  if (locale !== undefined) entry.locale = locale;
  save([entry, ...myChats.value.filter((c) => c.id !== chat.id)]);
}

export function chatStatusChanged(id: string, status: ConversationStatus): void {
  if (!myChats.value.some((c) => c.id === id && c.status !== status)) return;
  save(myChats.value.map((c) => (c.id === id ? { ...c, status } : c)));
}

export function forgetChat(id: string): void {
  save(myChats.value.filter((c) => c.id !== id));
}
