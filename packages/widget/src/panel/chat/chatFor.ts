import { type Chat, createChat } from '@destek/core';
import { effect, signal } from '@preact/signals';
import type { PanelServices } from '../PanelServices.ts';
import { chatCss } from './chat.css.ts';
import { drawLauncherBadge } from './launcherBadge.ts';

/**
 * The panel's chat, made on first need (the chat screen, or a chat an earlier
 * page left open) and kept in the dock for the panel's life. Besides the
 * controller, it wires what happens outside the chat screen: the launcher's
 * unread badge, the host's `message` and `unread` events, the announcement of
 * new replies while the chat is shown, and "seen" while it is visible.
 */
export function chatFor(services: PanelServices): Chat {
  const { chat: dock, client, emit, announcer } = services;
  const existing = dock.chat.value;
  if (existing) return existing;
  dock.addStyles(chatCss);
  const made: Chat = createChat({
    backend: client.backend,
    redaction: { email: client.config.privacy.email },
    maxFiles: client.config.limits.attachments,
    ticketOfferAfterMs: client.config.chat.offerTicketAfterSec * 1000,
    onMessage(message) {
      const conversationId = made.conversationId.value;
      if (conversationId !== null) emit('message', { conversationId, text: message.text });
      const t = dock.translator.value;
      if (dock.visible.value) {
        const name =
          message.from === 'system' ? t.t('chat.system') : (message.author ?? t.t('chat.agent'));
        announcer.say(t.t('chat.announce', { name, text: message.text }));
      }
    },
  });
  dock.chat.value = made;

  // The page in a background tab is not "seen", even with the panel open.
  const doc = dock.root?.ownerDocument ?? globalThis.document;
  const pageShown = signal(doc?.visibilityState !== 'hidden');
  const onVisibility = () => {
    pageShown.value = doc?.visibilityState !== 'hidden';
  };
  doc?.addEventListener('visibilitychange', onVisibility);
  const stopSeen = effect(() => made.setVisible(dock.visible.value && pageShown.value));

  let told = 0;
  const stopUnread = effect(() => {
    const count = made.unread.value;
    drawLauncherBadge(dock.root, count, dock.translator.value.t('chat.unread', { count }));
    if (count !== told) {
      told = count;
      emit('unread', { count });
    }
  });
  dock.cleanups.push(() => {
    stopSeen();
    stopUnread();
    doc?.removeEventListener('visibilitychange', onVisibility);
    drawLauncherBadge(dock.root, 0, '');
  });
  return made;
}

/** Follows the chat an earlier page left open, in the background. */
export function resumeChat(services: PanelServices): void {
  chatFor(services).resume();
}
