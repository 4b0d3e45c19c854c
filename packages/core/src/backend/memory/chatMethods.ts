import {
  emailSchema,
  type LiveEvent,
  newId,
  ratingSchema,
  readSchema,
  sendMessageSchema,
  startConversationSchema,
} from '@destek/protocol';
import { BackendError } from '../../errors/BackendError.ts';
import type { LiveHandlers, LiveSubscription, SupportBackend } from '../SupportBackend.ts';
import { appendMessage, emit, queueOf, snapshotOf } from './conversationOps.ts';
import { convertConversation, transcriptText } from './convertConversation.ts';
import { checkInput, type MemoryContext, notFound, requireCapability } from './MemoryContext.ts';
import type { StoredConversation } from './MemoryWorld.ts';

type ChatMethods = Pick<
  SupportBackend,
  | 'startConversation'
  | 'getConversation'
  | 'sendMessage'
  | 'setTyping'
  | 'markRead'
  | 'closeConversation'
  | 'rateConversation'
  | 'convertToTicket'
  | 'emailTranscript'
  | 'subscribe'
>;

const ended = () =>
  new BackendError('conflict', 'The conversation has ended', { wireCode: 'conflict', status: 409 });

/** Live chat with per-conversation seq numbers and a replaying live stream. */
export function chatMethods(ctx: MemoryContext): ChatMethods {
  const { world } = ctx;
  const owned = (id: string): StoredConversation => {
    const conversation = world.conversations.get(id);
    if (!conversation || conversation.owner !== ctx.owner()) throw notFound('conversation');
    return conversation;
  };
  const snapshot = (c: StoredConversation, after: number) =>
    snapshotOf(world, c, after, ctx.capabilities.queuePosition);

  return {
    startConversation: (input, options) =>
      ctx.call('startConversation', 'liveChat', options, () => {
        const owner = ctx.owner();
        const start = checkInput(startConversationSchema, input);
        const known = world.conversationStarts.get(`${owner} ${start.clientId}`);
        const existing = known === undefined ? undefined : world.conversations.get(known);
        if (existing) return snapshot(existing, 0);
        const conversation: StoredConversation = {
          id: newId(),
          owner,
          status: 'queued',
          category: start.category,
          priority: start.priority ?? 'normal',
          // An address typed for this chat wins over the identity's: it is the latest word.
          email: start.email ?? ctx.userEmail() ?? null,
          agent: null,
          messages: [],
          byClientId: new Map(),
          closingNote: null,
          rating: null,
          ratingComment: undefined,
          ticketId: null,
          ticketReference: null,
          lastReadSeq: 0,
          listeners: new Set(),
        };
        world.conversations.set(conversation.id, conversation);
        world.conversationStarts.set(`${owner} ${start.clientId}`, conversation.id);
        appendMessage(conversation, 'visitor', start.text, ctx.clock(), {
          attachments: start.attachments,
          clientId: start.clientId,
        });
        // As the reference server: with nobody to answer, the chat is left as a message.
        if (world.agentsOnline === 0 && ctx.capabilities.tickets) {
          convertConversation(ctx, conversation, 'nobody');
        }
        return snapshot(conversation, 0);
      }),

    getConversation: (id, after, options) =>
      ctx.call('getConversation', 'liveChat', options, () => snapshot(owned(id), after ?? 0)),

    sendMessage: (id, input, options) =>
      ctx.call('sendMessage', 'liveChat', options, () => {
        const conversation = owned(id);
        const message = checkInput(sendMessageSchema, input);
        const again = conversation.byClientId.get(message.clientId);
        if (again) return structuredClone(again);
        if (conversation.status === 'ended') throw ended();
        return structuredClone(
          appendMessage(conversation, 'visitor', message.text, ctx.clock(), {
            attachments: message.attachments,
            clientId: message.clientId,
          }),
        );
      }),

    setTyping: (id, _active, options) =>
      ctx.call('setTyping', 'typing', options, () => {
        owned(id);
      }),

    markRead: (id, seq, options) =>
      ctx.call('markRead', 'liveChat', options, () => {
        const conversation = owned(id);
        const read = checkInput(readSchema, { seq });
        conversation.lastReadSeq = Math.min(
          Math.max(conversation.lastReadSeq, read.seq),
          conversation.messages.length,
        );
      }),

    closeConversation: (id, options) =>
      ctx.call('closeConversation', 'liveChat', options, () => {
        const conversation = owned(id);
        if (conversation.status === 'ended') return;
        conversation.status = 'ended';
        emit(conversation, {
          type: 'status',
          status: 'ended',
          closingNote: conversation.closingNote,
        });
      }),

    rateConversation: (id, rating, options) =>
      ctx.call('rateConversation', 'rating', options, () => {
        const conversation = owned(id);
        const checked = checkInput(ratingSchema, rating);
        conversation.rating = checked.score;
        conversation.ratingComment = checked.comment;
      }),

    convertToTicket: (id, options) =>
      ctx.call('convertToTicket', 'liveChat', options, () => {
        requireCapability(ctx.capabilities, 'tickets');
        const conversation = owned(id);
        return structuredClone(convertConversation(ctx, conversation, 'asked').receipt);
      }),

    emailTranscript: (id, email, options) =>
      ctx.call('emailTranscript', 'email', options, () => {
        requireCapability(ctx.capabilities, 'liveChat');
        const conversation = owned(id);
        const to = checkInput(emailSchema, email, 'invalid_body', 'email');
        world.emails.push({
          to,
          kind: 'transcript',
          about: conversation.id,
          text: transcriptText(conversation.messages),
        });
      }),

    subscribe(id: string, after: number, handlers: LiveHandlers): LiveSubscription {
      let open = true;
      let cursor = after;
      let listening: StoredConversation | undefined;
      const deliver = (event: LiveEvent) => {
        if (!open) return;
        if (event.type === 'message') {
          // Each message once, in order: anything at or below the cursor was delivered.
          if (event.message.seq <= cursor) return;
          cursor = event.message.seq;
        }
        handlers.onEvent(event);
      };
      handlers.onLink?.({ state: 'connecting' });
      queueMicrotask(() => {
        if (!open) return;
        const conversation = world.conversations.get(id);
        let ownerOk = false;
        try {
          ownerOk = conversation !== undefined && conversation.owner === ctx.owner();
        } catch {
          ownerOk = false;
        }
        if (!conversation || !ownerOk || !ctx.capabilities.liveChat) {
          handlers.onLink?.({ state: 'offline' });
          return;
        }
        handlers.onLink?.({ state: 'live' });
        const state = snapshotOf(
          world,
          conversation,
          conversation.messages.length,
          ctx.capabilities.queuePosition,
        );
        deliver({ type: 'state', snapshot: state });
        for (const message of conversation.messages) deliver({ type: 'message', message });
        const queue = queueOf(world, conversation);
        if (queue && ctx.capabilities.queuePosition) deliver({ type: 'queue', queue });
        listening = conversation;
        conversation.listeners.add(deliver);
      });
      return {
        close() {
          open = false;
          listening?.listeners.delete(deliver);
        },
      };
    },
  };
}
