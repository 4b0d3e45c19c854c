import { z } from 'zod/mini';
import { attachmentMetaSchema } from './attachment.ts';
import { closingNoteSchema, conversationStatusSchema } from './chat.ts';
import { idSchema } from './ids.ts';
import { LIMITS } from './limits.ts';
import { prioritySchema } from './report.ts';
import { line, slugSchema, text, timestampSchema } from './text.ts';
import { ticketStatusSchema, ticketSummarySchema } from './ticket.ts';

/** `POST /v1/agent/presence`: the agent is taking chats (renew within the presence TTL). */
export const agentPresenceSchema = z.strictObject({ online: z.boolean() });

/** `POST /v1/agent/conversations/:id/messages`, idempotent on `clientId`. */
export const agentMessageSchema = z.strictObject({
  clientId: idSchema,
  text: text(LIMITS.messageChars, 1),
  attachments: z.optional(
    z.array(attachmentMetaSchema).check(z.maxLength(LIMITS.attachmentsPerMessage)),
  ),
});

/** `POST /v1/agent/conversations/:id/close`: the closing note, optionally with the next check date. */
export const agentCloseSchema = closingNoteSchema;

/** One waiting or active chat in `GET /v1/agent/queue`. */
export const agentQueueItemSchema = z.strictObject({
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
});

/** `POST /v1/agent/tickets/:id/replies`; `status` defaults to `pending` (waiting on the user). */
export const agentReplySchema = z.strictObject({
  clientId: idSchema,
  text: text(LIMITS.messageChars, 1),
  attachments: z.optional(
    z.array(attachmentMetaSchema).check(z.maxLength(LIMITS.attachmentsPerMessage)),
  ),
  status: z.optional(z.enum(['open', 'pending', 'solved'])),
});

/** `POST /v1/agent/tickets/:id/update`: at least one field. */
export const ticketUpdateSchema = z.strictObject({
  status: z.optional(ticketStatusSchema),
  category: z.optional(slugSchema),
  priority: z.optional(prioritySchema),
});

/** `POST /v1/agent/tickets/:id/escalation`: hand the ticket to a team, one tier up. */
export const agentEscalationSchema = z.strictObject({
  team: slugSchema,
  reason: z.optional(text(LIMITS.reasonChars, 1)),
});

/** A ticket as agents see it. */
export const agentTicketSchema = z.strictObject({
  ...ticketSummarySchema.shape,
  tier: z.int().check(z.minimum(1)),
  team: z.nullable(slugSchema),
  escalated: z.boolean(),
  dueAt: timestampSchema,
  /** `anon:<id>` or `user:<id>`. */
  visitor: line(300, 1),
  site: line(80, 1),
  conversationId: z.nullable(idSchema),
});

/** One line of a ticket's history: who did what, when. */
export const historyEntrySchema = z.strictObject({
  /** `visitor`, `system` or `agent:<id>`. */
  actor: line(60, 1),
  action: slugSchema,
  detail: z.record(z.string(), z.unknown()),
  at: timestampSchema,
});

/** Figures over a period; times in seconds, null when nothing to measure. */
export const agentMetricsSchema = z.strictObject({
  since: timestampSchema,
  tickets: z.int().check(z.minimum(0)),
  firstResponseSec: z.strictObject({
    avg: z.nullable(z.number()),
    p50: z.nullable(z.number()),
    p90: z.nullable(z.number()),
  }),
  resolutionSec: z.strictObject({
    avg: z.nullable(z.number()),
    p50: z.nullable(z.number()),
    p90: z.nullable(z.number()),
  }),
  /** Share of solved tickets solved with one agent reply. */
  firstContactResolution: z.nullable(z.number().check(z.minimum(0), z.maximum(1))),
  ratingAverage: z.nullable(z.number()),
  ratingCount: z.int().check(z.minimum(0)),
});
