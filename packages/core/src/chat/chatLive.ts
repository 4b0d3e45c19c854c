import type {
  ChatMessage,
  ConversationSnapshot,
  ConversationStatus,
  LiveEvent,
} from '@destek/protocol';
import { batch } from '@preact/signals-core';
import type { LinkState } from '../backend/SupportBackend.ts';
import type { Timers } from '../outbox/platform.ts';
import type { ChatItem } from './Chat.ts';
import { AGENT_TYPING_TIMEOUT_MS } from './chatDefaults.ts';
import { type ChatState, sentItem } from './chatState.ts';
import { insertBySeq } from './insertBySeq.ts';

/** What the conversation's news needs from the chat around it. */
export interface ChatLiveDeps {
  clock: () => number;
  timers: Timers;
  offerAfterMs: number;
  onMessage: ((message: ChatItem) => void) | undefined;
  /** Keeps the conversation id and seen seq for the next page. */
  save: () => void;
  /** The chat ended: "stopped typing" if the visitor was. */
  stopTyping: () => void;
}

/** Applies the conversation's news to the chat's signals. */
export interface ChatLive {
  /** A message from a send's answer, a snapshot or the stream: kept once, in seq order. */
  take(message: ChatMessage): void;
  setStatus(status: ConversationStatus): void;
  applySnapshot(snapshot: ConversationSnapshot): void;
  onEvent(event: LiveEvent): void;
  onLink(state: LinkState): void;
  /** The highest seq seen on this device; set when a saved chat is resumed. */
  seen: number;
  /** Stops the timers (offer, agent typing). */
  stop(): void;
}

/**
 * The conversation's news, from wherever it comes: messages are kept by seq
 * (so a replay after a reconnect adds nothing) and told once when new; the
 * status, agent, queue and closing note follow the server; the link state
 * arms the offer to turn a long-disconnected chat into a ticket.
 */
export function chatLive(s: ChatState, deps: ChatLiveDeps): ChatLive {
  const { timers } = deps;
  let offerTimer: unknown = null;
  let typingTimer: unknown = null;
  const isOpen = () => s.phase.value === 'queued' || s.phase.value === 'active';
  const clear = (handle: unknown): null => {
    if (handle !== null) timers.clearTimeout(handle);
    return null;
  };

  const live: ChatLive = {
    seen: 0,
    take(message) {
      const next = insertBySeq(s.confirmed.value, message);
      if (next === s.confirmed.value) return;
      const isNew = message.seq > live.seen;
      if (isNew) live.seen = message.seq;
      // In one batch: the message is told before the unread count that follows from it.
      batch(() => {
        s.confirmed.value = next;
        if (message.from === 'agent') s.agentTyping.value = false;
        if (isNew && message.from !== 'visitor') deps.onMessage?.(sentItem(message));
      });
      if (isNew) deps.save();
    },
    setStatus(status) {
      s.phase.value = status;
      if (status !== 'queued') s.queue.value = null;
      if (status !== 'ended') return;
      offerTimer = clear(offerTimer);
      typingTimer = clear(typingTimer);
      batch(() => {
        s.ticketOffer.value = false;
        s.agentTyping.value = false;
      });
      deps.stopTyping();
      deps.save();
    },
    applySnapshot(snapshot) {
      batch(() => {
        s.agent.value = snapshot.agent;
        s.queue.value = snapshot.queue;
        s.closingNote.value = snapshot.closingNote;
        s.rating.value =
          snapshot.rating === null
            ? null
            : {
                score: snapshot.rating,
                ...(snapshot.ratingComment ? { comment: snapshot.ratingComment } : {}),
              };
        s.ticketReference.value = snapshot.ticketReference;
        live.setStatus(snapshot.status);
      });
      for (const message of snapshot.messages) live.take(message);
    },
    onEvent(event) {
      switch (event.type) {
        case 'message':
          live.take(event.message);
          return;
        case 'state':
          live.applySnapshot(event.snapshot);
          return;
        case 'queue':
          if (s.phase.value === 'queued') s.queue.value = event.queue;
          return;
        case 'agent':
          s.agent.value = event.agent;
          return;
        case 'status':
          batch(() => {
            if (event.closingNote !== undefined) s.closingNote.value = event.closingNote;
            live.setStatus(event.status);
          });
          return;
        case 'typing':
          if (event.from !== 'agent') return;
          s.agentTyping.value = event.active && isOpen();
          typingTimer = clear(typingTimer);
          if (s.agentTyping.value) {
            typingTimer = timers.setTimeout(() => {
              typingTimer = null;
              s.agentTyping.value = false;
            }, AGENT_TYPING_TIMEOUT_MS);
          }
          return;
        case 'reset':
          // The server's numbering changed: what is held means nothing now; the
          // stream sends everything again from the start.
          s.confirmed.value = [];
          return;
      }
    },
    onLink(state) {
      s.link.value = { ...state, since: deps.clock() };
      if (state.state === 'live') {
        offerTimer = clear(offerTimer);
        s.ticketOffer.value = false;
      } else if (offerTimer === null && isOpen()) {
        offerTimer = timers.setTimeout(() => {
          offerTimer = null;
          if (isOpen() && s.link.value.state !== 'live') s.ticketOffer.value = true;
        }, deps.offerAfterMs);
      }
    },
    stop() {
      offerTimer = clear(offerTimer);
      typingTimer = clear(typingTimer);
    },
  };
  return live;
}
