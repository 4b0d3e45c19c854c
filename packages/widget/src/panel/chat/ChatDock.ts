import { type Chat, DEFAULT_CHAT_STORE_KEY } from '@destek/core';
import { type ReadonlySignal, type Signal, signal } from '@preact/signals';
import type { Translator } from '../../i18n/createTranslator.ts';

/**
 * Where the panel keeps its chat, which outlives the chat screen: the visitor
 * may go Home, close the panel or reload while support is answering. Lives in
 * the panel's first chunk, so it holds only what the chat chunk plugs into.
 */
export interface ChatDock {
  /** The chat of this page, once started or resumed (the chat chunk makes it). */
  readonly chat: Signal<Chat | null>;
  /** True while the visitor can see the conversation: the panel open on the chat screen. */
  readonly visible: ReadonlySignal<boolean>;
  /** The panel's words, for the launcher's unread badge. */
  readonly translator: ReadonlySignal<Translator>;
  /** The shadow root holding the launcher, where the unread badge goes; null without one. */
  readonly root: ShadowRoot | null;
  /** Adds CSS to the shadow root (the chat's own, when its chunk loads). */
  readonly addStyles: (css: string) => void;
  /** Run when the panel is destroyed (the chat chunk adds its stops). */
  readonly cleanups: Array<() => void>;
}

/** Makes the dock; the panel passes the shadow root and its open-and-on-chat signal. */
export function createChatDock(
  visible: ReadonlySignal<boolean>,
  translator: ReadonlySignal<Translator>,
  root: ShadowRoot | null = null,
  addStyles: (css: string) => void = () => {},
): ChatDock {
  return { chat: signal(null), visible, translator, root, addStyles, cleanups: [] };
}

/** Stops the chat and what the chat chunk attached. */
export function disposeChatDock(dock: ChatDock): void {
  for (const stop of dock.cleanups.splice(0)) stop();
  dock.chat.value?.dispose();
}

/**
 * Whether an earlier page left a chat still open: then the chat chunk loads in
 * the background to follow it (unread badge, events). Read without core's
 * chat code, so visitors who never chatted never fetch it.
 */
export function hasOpenChat(): boolean {
  try {
    const raw = globalThis.localStorage?.getItem(DEFAULT_CHAT_STORE_KEY);
    return raw != null && !raw.includes('"ended":true');
  } catch {
    return false;
  }
}
