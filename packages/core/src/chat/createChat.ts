import { newId } from '@destek/protocol';
import { batch, effect } from '@preact/signals-core';
import type { LiveSubscription } from '../backend/SupportBackend.ts';
import { BackendError } from '../errors/BackendError.ts';
import { globalTimers } from '../outbox/platform.ts';
import { redactText } from '../redaction/redactText.ts';
import { readonly } from '../state/readonly.ts';
import type { Chat, ChatItem } from './Chat.ts';
import type { ChatOptions, ChatStore } from './ChatOptions.ts';
import {
  DEFAULT_CHAT_FILES,
  DEFAULT_CHAT_STORE_KEY,
  DEFAULT_TICKET_OFFER_MS,
  DEFAULT_TYPING_EVERY_MS,
  DEFAULT_TYPING_IDLE_MS,
} from './chatDefaults.ts';
import { chatFiles } from './chatFiles.ts';
import { chatLive } from './chatLive.ts';
import { chatState } from './chatState.ts';
import { readSavedChat, writeSavedChat } from './chatStore.ts';
import { createTypingSignal } from './createTypingSignal.ts';
import { transcriptText } from './transcriptText.ts';
import { browserOnline } from './watchOnline.ts';

function browserStore(): ChatStore | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Reading `localStorage` itself throws where storage is blocked.
    return null;
  }
}

/**
 * A headless live chat over any {@link SupportBackend}: starts or resumes the
 * conversation, follows its live stream (each message once, in seq order,
 * whatever the stream replays after a reconnect), sends optimistically with
 * client ids, and keeps the unread count, the link state and the offer to
 * turn a long-disconnected chat into a ticket.
 */
export function createChat(options: ChatOptions): Chat {
  const { backend } = options;
  const clock = options.clock ?? (() => Date.now());
  const timers = options.timers ?? globalTimers();
  const store = options.store === undefined ? browserStore() : options.store;
  const storeKey = options.storeKey ?? DEFAULT_CHAT_STORE_KEY;
  const offerAfterMs = options.ticketOfferAfterMs ?? DEFAULT_TICKET_OFFER_MS;
  const s = chatState(clock());
  const stamp = () => new Date(clock()).toISOString();
  const redact = (text: string) =>
    text.trim() === '' ? text : redactText(text, options.redaction).text;

  let subscription: LiveSubscription | null = null;
  let startClientId: string | null = null;
  const isOpen = () => s.phase.value === 'queued' || s.phase.value === 'active';

  function save(): void {
    const id = s.conversationId.value;
    writeSavedChat(
      store,
      storeKey,
      id === null
        ? null
        : { id, seen: live.seen, read: s.readSeq.value, ended: s.phase.value === 'ended' },
    );
  }

  const typing = createTypingSignal(
    (active) => {
      const id = s.conversationId.value;
      if (id !== null && backend.capabilities.typing && (isOpen() || !active)) {
        backend.setTyping(id, active).catch(() => {});
      }
    },
    options.typingEveryMs ?? DEFAULT_TYPING_EVERY_MS,
    options.typingIdleMs ?? DEFAULT_TYPING_IDLE_MS,
    clock,
    timers,
  );

  const live = chatLive(s, {
    clock,
    timers,
    offerAfterMs,
    onMessage: options.onMessage,
    save,
    stopTyping: () => typing.stop(),
  });
  const { take, setStatus, applySnapshot, onEvent, onLink } = live;

  function follow(id: string): void {
    subscription?.close();
    try {
      subscription = backend.subscribe(id, s.lastSeq.value, { onEvent, onLink });
    } catch {
      // A backend that cannot stream (switched off, disposed) leaves the chat offline.
      subscription = null;
      onLink({ state: 'offline' });
    }
  }

  // The device knows first when the network goes: drop the stream then, and
  // catch up from the last seq seen when it is back.
  let droppedOffline = false;
  const stopWatching = (options.watchOnline ?? browserOnline)((online) => {
    const id = s.conversationId.value;
    if (!online && subscription) {
      subscription.close();
      subscription = null;
      droppedOffline = true;
      onLink({ state: 'offline' });
    } else if (online && droppedOffline && id !== null) {
      droppedOffline = false;
      follow(id);
    }
  });

  // What the visitor has seen is read: on the server, and for the unread count.
  const stopReading = effect(() => {
    const last = s.lastSeq.value;
    const id = s.conversationId.value;
    if (!s.visible.value || id === null || last <= s.readSeq.value) return;
    s.readSeq.value = last;
    save();
    backend.markRead(id, last).catch(() => {});
  });

  // One send at a time, in the order written: parallel requests could reach
  // the server, which numbers messages as they arrive, in another order.
  let sending: Promise<void> = Promise.resolve();
  function deliver(item: ChatItem): void {
    const id = s.conversationId.value;
    if (id === null || item.clientId === undefined) return;
    const wire = { clientId: item.clientId, text: item.text, attachments: [...item.attachments] };
    const failed = () => {
      s.pending.value = s.pending.value.map((p) =>
        p.key === item.key ? { ...p, state: 'failed' as const } : p,
      );
    };
    sending = sending.then(() => backend.sendMessage(id, wire).then(take, failed));
  }

  function queueItem(text: string, attachments: ChatItem['attachments']): void {
    const clientId = newId();
    const item: ChatItem = {
      key: clientId,
      seq: null,
      clientId,
      from: 'visitor',
      text,
      attachments,
      at: stamp(),
      state: 'sending',
    };
    s.pending.value = [...s.pending.value, item];
    deliver(item);
  }

  const files = chatFiles(backend, s, options.maxFiles ?? DEFAULT_CHAT_FILES, (meta) =>
    queueItem('', [meta]),
  );

  function forget(): void {
    subscription?.close();
    subscription = null;
    droppedOffline = false;
    live.stop();
    typing.stop();
  }

  return {
    phase: readonly(s.phase),
    conversationId: readonly(s.conversationId),
    items: s.items,
    queue: readonly(s.queue),
    agent: readonly(s.agent),
    agentTyping: readonly(s.agentTyping),
    link: readonly(s.link),
    unread: s.unread,
    closingNote: readonly(s.closingNote),
    rating: readonly(s.rating),
    ticketReference: readonly(s.ticketReference),
    ticketOffer: readonly(s.ticketOffer),
    uploads: readonly(s.uploads),

    async start(start) {
      if (s.phase.value !== 'idle') throw new BackendError('conflict', 'A chat is already open');
      // Kept across failed attempts: the server makes one conversation per client id.
      startClientId ??= newId();
      s.phase.value = 'starting';
      const email = start.email?.trim();
      try {
        const snapshot = await backend.startConversation({
          clientId: startClientId,
          text: redact(start.text.trim()),
          category: start.category,
          locale: start.locale,
          attachments: start.attachments ?? [],
          context: start.context ?? [],
          ...(start.priority === undefined ? {} : { priority: start.priority }),
          ...(email ? { email } : {}),
        });
        startClientId = null;
        batch(() => {
          s.conversationId.value = snapshot.id;
          applySnapshot(snapshot);
          // The visitor's own opening needs no reading.
          s.readSeq.value = s.lastSeq.value;
        });
        save();
        follow(snapshot.id);
      } catch (error) {
        s.phase.value = 'idle';
        throw error;
      }
    },

    resume() {
      if (s.phase.value !== 'idle') return true;
      const saved = readSavedChat(store, storeKey);
      if (!saved) return false;
      live.seen = saved.seen;
      batch(() => {
        s.conversationId.value = saved.id;
        s.readSeq.value = saved.read;
        s.phase.value = 'starting';
      });
      backend.getConversation(saved.id).then(
        (snapshot) => {
          if (s.conversationId.value !== saved.id) return;
          applySnapshot(snapshot);
          follow(saved.id);
        },
        (error: unknown) => {
          if (s.conversationId.value !== saved.id) return;
          if (
            error instanceof BackendError &&
            (error.code === 'not_found' || error.code === 'unsupported')
          ) {
            // Gone (or another visitor's, after a sign-out; or chat is off): nothing to resume.
            forget();
            s.phase.value = 'idle';
            s.conversationId.value = null;
            save();
            return;
          }
          // Offline at load: the stream keeps trying and its snapshot catches up.
          follow(saved.id);
        },
      );
      return true;
    },

    send(text) {
      const trimmed = text.trim();
      if (trimmed === '' || !isOpen()) return;
      typing.stop();
      queueItem(redact(trimmed), []);
    },

    retry(key) {
      if (files.retry(key)) return;
      const item = s.pending.value.find((p) => p.key === key && p.state === 'failed');
      if (!item) return;
      s.pending.value = s.pending.value.map((p) =>
        p.key === key ? { ...p, state: 'sending' as const } : p,
      );
      deliver(item);
    },

    discard(key) {
      if (files.discard(key)) return;
      s.pending.value = s.pending.value.filter((p) => p.key !== key || p.state !== 'failed');
    },

    attach: (list) => (isOpen() ? files.attach(list) : []),

    typing() {
      if (isOpen()) typing.keystroke();
    },

    setVisible(visible) {
      s.visible.value = visible;
    },

    async end() {
      const id = s.conversationId.value;
      if (id === null || s.phase.value === 'ended') return;
      typing.stop();
      await backend.closeConversation(id);
      setStatus('ended');
    },

    async rate(score, comment) {
      const id = s.conversationId.value;
      if (id === null) throw new BackendError('conflict', 'There is no chat to rate');
      const text = comment?.trim();
      await backend.rateConversation(id, text ? { score, comment: text } : { score });
      s.rating.value = text ? { score, comment: text } : { score };
    },

    async convertToTicket() {
      const id = s.conversationId.value;
      if (id === null) throw new BackendError('conflict', 'There is no chat to save');
      const receipt = await backend.convertToTicket(id);
      batch(() => {
        s.ticketReference.value = receipt.reference;
        setStatus('ended');
      });
      return receipt;
    },

    async emailTranscript(email) {
      const id = s.conversationId.value;
      if (id === null) throw new BackendError('conflict', 'There is no chat to send');
      await backend.emailTranscript(id, email.trim());
    },

    transcript: (words) => transcriptText(s.items.value, words),

    reset() {
      forget();
      live.seen = 0;
      startClientId = null;
      batch(() => {
        s.conversationId.value = null;
        s.confirmed.value = [];
        s.pending.value = [];
        s.uploads.value = [];
        s.readSeq.value = 0;
        s.queue.value = null;
        s.agent.value = null;
        s.agentTyping.value = false;
        s.closingNote.value = null;
        s.rating.value = null;
        s.ticketReference.value = null;
        s.ticketOffer.value = false;
        s.link.value = { state: 'connecting', since: clock() };
        s.phase.value = 'idle';
      });
      files.reset();
      save();
    },

    dispose() {
      forget();
      stopReading();
      stopWatching();
    },
  };
}
