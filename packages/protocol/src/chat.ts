import { z } from 'zod/mini';
import { attachmentMetaSchema } from './attachment.ts';
import { idSchema } from './ids.ts';
import { LIMITS } from './limits.ts';
import { contextFactSchema, prioritySchema } from './report.ts';
import { emailSchema, line, localeSchema, slugSchema, text, timestampSchema } from './text.ts';

export const MESSAGE_AUTHORS = ['visitor', 'agent', 'bot', 'system'] as const;
export type MessageAuthor = (typeof MESSAGE_AUTHORS)[number];

/** Sequence numbers start at 1 per conversation; 0 means "before the first". */
export const seqSchema = z.int().check(z.minimum(0), z.maximum(Number.MAX_SAFE_INTEGER));

export const agentSchema = z.lazy(() =>
  z.strictObject({
    id: idSchema,
    name: line(LIMITS.nameChars, 1),
  }),
);
export type Agent = z.infer<typeof agentSchema>;

/**
 * A chat message. Immutable once sent; `seq` is its place in the
 * conversation's server order, and `clientId` ties it to the sender's
 * optimistic copy (a retried send returns the same message).
 */
export const chatMessageSchema = z.lazy(() =>
  z.strictObject({
    id: idSchema,
    seq: z.int().check(z.minimum(1), z.maximum(Number.MAX_SAFE_INTEGER)),
    clientId: z.optional(idSchema),
    from: z.enum(MESSAGE_AUTHORS),
    /** Display name of an agent or bot author. */
    author: z.optional(line(LIMITS.nameChars, 1)),
    text: text(LIMITS.messageChars),
    attachments: z.array(attachmentMetaSchema).check(z.maxLength(LIMITS.attachmentsPerMessage)),
    at: timestampSchema,
  }),
);
export type ChatMessage = z.infer<typeof chatMessageSchema>;

/** queued: waiting for an agent; active: an agent has it; ended: closed by either side. */
export const CONVERSATION_STATUSES = ['queued', 'active', 'ended'] as const;
export type ConversationStatus = (typeof CONVERSATION_STATUSES)[number];
export const conversationStatusSchema = z.enum(CONVERSATION_STATUSES);

export const queueStateSchema = z.lazy(() =>
  z.strictObject({
    /** 1 = next to be answered. */
    position: z.int().check(z.minimum(1), z.maximum(100_000)),
    etaSec: z.int().check(z.minimum(0), z.maximum(7 * 24 * 3600)),
  }),
);
export type QueueState = z.infer<typeof queueStateSchema>;

/** The agent's note when a chat ends: what was done, and when they will check again. */
export const closingNoteSchema = z.lazy(() =>
  z.strictObject({
    text: text(LIMITS.messageChars, 1),
    nextCheckAt: z.optional(timestampSchema),
  }),
);
export type ClosingNote = z.infer<typeof closingNoteSchema>;

/** Everything a client needs to draw a conversation after (re)connecting. */
export const conversationSnapshotSchema = z.lazy(() =>
  z.strictObject({
    id: idSchema,
    status: conversationStatusSchema,
    agent: z.nullable(agentSchema),
    queue: z.nullable(queueStateSchema),
    /** The highest seq in the conversation: a client holding it is up to date. */
    lastSeq: seqSchema,
    /** Messages after the cursor the request asked from (all of them when none). */
    messages: z.array(chatMessageSchema),
    closingNote: z.nullable(closingNoteSchema),
    rating: z.nullable(z.int().check(z.minimum(LIMITS.ratingMin), z.maximum(LIMITS.ratingMax))),
    /** The comment given with the rating; absent when there is none. */
    ratingComment: z.optional(text(LIMITS.commentChars)),
    /** The ticket this conversation became, if it did (left message, transcript). */
    ticketReference: z.nullable(z.string().check(z.maxLength(9))),
  }),
);
export type ConversationSnapshot = z.infer<typeof conversationSnapshotSchema>;

/** `POST /v1/conversations`: the first message is the report template's summary. */
export const startConversationSchema = z.lazy(() =>
  z.strictObject({
    clientId: idSchema,
    text: text(LIMITS.messageChars, 1),
    category: slugSchema,
    priority: z.optional(prioritySchema),
    locale: localeSchema,
    attachments: z.array(attachmentMetaSchema).check(z.maxLength(LIMITS.attachmentsPerMessage)),
    context: z.array(contextFactSchema).check(z.maxLength(LIMITS.facts)),
    /**
     * Where replies go when the chat becomes a ticket, for anonymous visitors;
     * an identified user's own e-mail is used without asking.
     */
    email: z.optional(emailSchema),
  }),
);
export type StartConversation = z.infer<typeof startConversationSchema>;

/** `POST /v1/conversations/:id/messages`, idempotent on `clientId`. */
export const sendMessageSchema = z.lazy(() =>
  z.strictObject({
    clientId: idSchema,
    text: text(LIMITS.messageChars),
    attachments: z.array(attachmentMetaSchema).check(z.maxLength(LIMITS.attachmentsPerMessage)),
  }),
);
export type SendMessage = z.infer<typeof sendMessageSchema>;

/** `POST /v1/conversations/:id/transcript`: send the transcript to this address. */
export const transcriptEmailSchema = z.lazy(() => z.strictObject({ email: emailSchema }));
export type TranscriptEmail = z.infer<typeof transcriptEmailSchema>;

/** `POST /v1/conversations/:id/typing`. */
export const typingSchema = z.lazy(() => z.strictObject({ active: z.boolean() }));

/** `POST /v1/conversations/:id/read`: everything up to `seq` has been seen. */
export const readSchema = z.lazy(() => z.strictObject({ seq: seqSchema }));

/**
 * What the live stream carries. `message` events have an SSE `id:` (their
 * seq) and move the client's cursor; the rest are ephemeral and carry none.
 * `state` is sent on every connect; `reset` tells the client its cursor is
 * useless (history pruned, conversation replaced) and it must refetch.
 */
export const liveEventSchema = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('message'), message: chatMessageSchema }),
    z.strictObject({
      type: z.literal('typing'),
      from: z.enum(['visitor', 'agent']),
      active: z.boolean(),
    }),
    z.strictObject({ type: z.literal('queue'), queue: queueStateSchema }),
    z.strictObject({ type: z.literal('agent'), agent: z.nullable(agentSchema) }),
    z.strictObject({
      type: z.literal('status'),
      status: conversationStatusSchema,
      closingNote: z.optional(z.nullable(closingNoteSchema)),
    }),
    z.strictObject({ type: z.literal('state'), snapshot: conversationSnapshotSchema }),
    z.strictObject({ type: z.literal('reset'), reason: line(200) }),
  ]),
);
export type LiveEvent = z.infer<typeof liveEventSchema>;
export type LiveEventType = LiveEvent['type'];
