import { z } from 'zod/mini';
import { attachmentMetaSchema } from './attachment.ts';
import { closingNoteSchema, conversationStatusSchema } from './chat.ts';
import { idSchema, referenceSchema } from './ids.ts';
import { LIMITS } from './limits.ts';
import { prioritySchema } from './report.ts';
import { emailSchema, line, localeSchema, slugSchema, text, timestampSchema } from './text.ts';
import { ticketStatusSchema, ticketSummaryShape } from './ticket.ts';

/** `POST /v1/agent/presence`: the agent is taking chats (renew within the presence TTL). */
export const agentPresenceSchema = z.lazy(() => z.strictObject({ online: z.boolean() }));

/** `POST /v1/agent/conversations/:id/messages`, idempotent on `clientId`. */
export const agentMessageSchema = z.lazy(() => z.strictObject(agentMessageShape()));

/** What an agent's chat message and ticket reply share; a function so the schemas stay lazy. */
function agentMessageShape() {
  return {
    clientId: idSchema,
    text: text(LIMITS.messageChars, 1),
    attachments: z.optional(
      z.array(attachmentMetaSchema).check(z.maxLength(LIMITS.attachmentsPerMessage)),
    ),
  };
}

/** `POST /v1/agent/conversations/:id/close`: the closing note, optionally with the next check date. */
export const agentCloseSchema = closingNoteSchema;

/** `GET /v1/agent/me`: the agent the token belongs to, and whether they are taking chats now. */
export const agentMeSchema = z.lazy(() =>
  z.strictObject({
    id: idSchema,
    name: line(LIMITS.nameChars, 1),
    /** Set only by `POST /v1/agent/presence`; false once it lapsed or the agent went offline. */
    online: z.boolean(),
  }),
);
export type AgentMe = z.infer<typeof agentMeSchema>;

/**
 * One chat in `GET /v1/agent/queue`: a waiting chat, or with `?mine=1` one of
 * the calling agent's active chats.
 */
export const agentQueueItemSchema = z.lazy(() =>
  z.strictObject({
    id: idSchema,
    status: conversationStatusSchema,
    category: slugSchema,
    priority: prioritySchema,
    locale: line(35, 1),
    createdAt: timestampSchema,
    /** 1-based place among queued chats; null once claimed. */
    position: z.nullable(z.int().check(z.minimum(1))),
    agentId: z.nullable(line(40, 1)),
    lastSeq: z.int().check(z.minimum(0)),
    /** The first message, for triage. */
    preview: text(LIMITS.messageChars),
    /** When the agent took the chat: present on the chats of `?mine=1`. */
    claimedAt: z.optional(timestampSchema),
  }),
);

/** `POST /v1/agent/tickets/:id/replies`; `status` defaults to `pending` (waiting on the user). */
export const agentReplySchema = z.lazy(() =>
  z.strictObject({
    ...agentMessageShape(),
    status: z.optional(z.enum(['open', 'pending', 'solved'])),
  }),
);

/** `POST /v1/agent/tickets/:id/update`: at least one field. */
export const ticketUpdateSchema = z.lazy(() =>
  z.strictObject({
    status: z.optional(ticketStatusSchema),
    category: z.optional(slugSchema),
    priority: z.optional(prioritySchema),
  }),
);

/** `POST /v1/agent/tickets/:id/escalation`: hand the ticket to a team, one tier up. */
export const agentEscalationSchema = z.lazy(() =>
  z.strictObject({
    team: slugSchema,
    reason: z.optional(text(LIMITS.reasonChars, 1)),
  }),
);

/** A ticket as agents see it. */
export const agentTicketSchema = z.lazy(() =>
  z.strictObject({
    ...ticketSummaryShape(),
    tier: z.int().check(z.minimum(1)),
    team: z.nullable(slugSchema),
    escalated: z.boolean(),
    dueAt: timestampSchema,
    /** `anon:<id>` or `user:<id>`. */
    visitor: line(300, 1),
    site: line(80, 1),
    conversationId: z.nullable(idSchema),
    /** Where replies are e-mailed (left by the visitor, or their identity's); null: only "My requests". */
    email: z.nullable(emailSchema),
    rating: z.nullable(z.int().check(z.minimum(LIMITS.ratingMin), z.maximum(LIMITS.ratingMax))),
    ratingComment: z.nullable(text(LIMITS.commentChars)),
    /** An agent asked the visitor for a rating (asking again changes nothing). */
    ratingRequested: z.boolean(),
  }),
);

/** One line of a ticket's history: who did what, when. */
export const historyEntrySchema = z.lazy(() =>
  z.strictObject({
    /** `visitor`, `system` or `agent:<id>`. */
    actor: line(60, 1),
    action: slugSchema,
    detail: z.record(z.string(), z.unknown()),
    at: timestampSchema,
  }),
);

/** Average and percentiles of durations in seconds; null when nothing to measure. */
const durationsSchema = z.lazy(() =>
  z.strictObject({
    avg: z.nullable(z.number()),
    p50: z.nullable(z.number()),
    p90: z.nullable(z.number()),
  }),
);

const shareSchema = z.nullable(z.number().check(z.minimum(0), z.maximum(1)));
const countSchema = z.int().check(z.minimum(0));

/**
 * `GET /v1/agent/metrics`: figures over the period since `since`; times in
 * seconds, shares from 0 to 1, null when nothing to measure. Definitions are
 * in docs/protocol.md.
 */
export const agentMetricsSchema = z.lazy(() =>
  z.strictObject({
    since: timestampSchema,
    /** Tickets created in the period (reports, left messages, chats turned into tickets). */
    tickets: countSchema,
    /** Ticket creation to the first agent reply. */
    firstResponseSec: durationsSchema,
    /** Ticket creation to solved or closed. */
    resolutionSec: durationsSchema,
    /** Share of solved tickets solved with one agent reply. */
    firstContactResolution: shareSchema,
    /** Ratings of tickets and of chats that did not become tickets. */
    ratingAverage: z.nullable(z.number()),
    ratingCount: countSchema,
    chats: z.strictObject({
      /** Conversations started in the period. */
      started: countSchema,
      /** Conversations an agent replied in. */
      answered: countSchema,
      /** Conversations that became tickets (nobody online, or turned into one). */
      becameTickets: countSchema,
      /** Start to the first agent message. */
      firstResponseSec: durationsSchema,
      /** Start to end, for answered chats that ended without becoming a ticket. */
      resolutionSec: durationsSchema,
      /** Share of answered, ended chats that ended without becoming a ticket. */
      firstContactResolution: shareSchema,
    }),
    /** "Did this solve it?" answers on self-help articles, the latest per visitor and article. */
    deflections: z.strictObject({
      helped: countSchema,
      notHelped: countSchema,
      /** helped / (helped + notHelped). */
      rate: shareSchema,
      /** Per article, most helpful first (at most 100). */
      articles: z
        .array(
          z.strictObject({
            id: slugSchema,
            /** The article's title from the config; null when it is no longer there. */
            title: z.nullable(line(200, 1)),
            helped: countSchema,
            notHelped: countSchema,
          }),
        )
        .check(z.maxLength(100)),
    }),
  }),
);
export type AgentMetrics = z.infer<typeof agentMetricsSchema>;

/** A ready answer from the server config, offered to agents in `GET /v1/agent/canned`. */
export const cannedResponseSchema = z.lazy(() =>
  z.strictObject({
    id: slugSchema,
    title: line(200, 1),
    text: text(LIMITS.messageChars, 1),
    /** Shown for chats in this language; absent for every language. */
    locale: z.optional(localeSchema),
  }),
);
export type CannedResponse = z.infer<typeof cannedResponseSchema>;

/** One rating in `GET /v1/agent/ratings`, newest first, with the comment the visitor left. */
export const agentRatingSchema = z.lazy(() =>
  z.strictObject({
    /** What was rated: a chat (`id` is the conversation) or a ticket. */
    source: z.enum(['chat', 'ticket']),
    id: idSchema,
    /** The ticket's reference, or the reference of the ticket the chat became. */
    reference: z.nullable(referenceSchema),
    score: z.int().check(z.minimum(LIMITS.ratingMin), z.maximum(LIMITS.ratingMax)),
    comment: z.nullable(text(LIMITS.commentChars)),
    /** The agent who had the chat; null for tickets and unanswered chats. */
    agentName: z.nullable(line(LIMITS.nameChars, 1)),
    at: timestampSchema,
  }),
);
export type AgentRating = z.infer<typeof agentRatingSchema>;
