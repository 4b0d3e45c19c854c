import { z } from 'zod/mini';
import { attachmentMetaSchema } from './attachment.ts';
import { idSchema, referenceSchema } from './ids.ts';
import { LIMITS } from './limits.ts';
import { prioritySchema } from './report.ts';
import { line, slugSchema, text, timestampSchema } from './text.ts';

/**
 * new → open → pending → solved → closed. `pending` waits on the user;
 * `inactive` is set by the sweeper on tickets idle past the configured period.
 */
export const TICKET_STATUSES = ['new', 'open', 'pending', 'solved', 'closed', 'inactive'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];
export const ticketStatusSchema = z.enum(TICKET_STATUSES);

/** When the first answer is due, from the priority's target and business hours. */
export const firstResponseTargetSchema = z.lazy(() =>
  z.strictObject({
    /** The target for this priority, in business minutes. */
    minutes: z.int().check(z.minimum(1), z.maximum(60 * 24 * 30)),
    dueAt: timestampSchema,
  }),
);

/** The acknowledgement of a report: only this deletes it from the client's outbox. */
export const ticketReceiptSchema = z.lazy(() =>
  z.strictObject({
    id: idSchema,
    reference: referenceSchema,
    clientReportId: idSchema,
    status: ticketStatusSchema,
    priority: prioritySchema,
    firstResponse: firstResponseTargetSchema,
    createdAt: timestampSchema,
  }),
);
export type TicketReceipt = z.infer<typeof ticketReceiptSchema>;

export const TICKET_AUTHORS = ['visitor', 'agent', 'system'] as const;

/** A reply or an addition on a ticket; like chat messages, never edited once sent. */
export const ticketEntrySchema = z.lazy(() =>
  z.strictObject({
    id: idSchema,
    from: z.enum(TICKET_AUTHORS),
    /** The agent's display name, when `from` is `agent`. */
    author: z.optional(line(LIMITS.nameChars, 1)),
    text: text(LIMITS.messageChars),
    attachments: z.array(attachmentMetaSchema).check(z.maxLength(LIMITS.attachmentsPerMessage)),
    at: timestampSchema,
  }),
);
export type TicketEntry = z.infer<typeof ticketEntrySchema>;

/**
 * The fields of a ticket's summary, which the owner's and the agents' views of a
 * ticket extend. A function, so the schemas in it are built only when one of those
 * schemas is first used.
 */
export function ticketSummaryShape() {
  return {
    id: idSchema,
    reference: referenceSchema,
    summary: line(LIMITS.summaryChars, 1),
    category: slugSchema,
    priority: prioritySchema,
    status: ticketStatusSchema,
    createdAt: timestampSchema,
    firstRespondedAt: z.nullable(timestampSchema),
    resolvedAt: z.nullable(timestampSchema),
    updatedAt: timestampSchema,
    /** Replies the owner has not seen yet. */
    unread: z.int().check(z.minimum(0)),
  };
}

/** A ticket as its owner sees it in "My requests". */
export const ticketSummarySchema = z.lazy(() => z.strictObject(ticketSummaryShape()));
export type TicketSummary = z.infer<typeof ticketSummarySchema>;

export const ticketDetailSchema = z.lazy(() =>
  z.strictObject({
    ...ticketSummaryShape(),
    entries: z.array(ticketEntrySchema),
    firstResponse: firstResponseTargetSchema,
    rating: z.nullable(z.int().check(z.minimum(LIMITS.ratingMin), z.maximum(LIMITS.ratingMax))),
    escalated: z.boolean(),
  }),
);
export type TicketDetail = z.infer<typeof ticketDetailSchema>;

/** `POST /v1/tickets/:id/entries`: the owner adds information to an open ticket. */
export const ticketAdditionSchema = z.lazy(() =>
  z.strictObject({
    clientId: idSchema,
    text: text(LIMITS.messageChars, 1),
    attachments: z.array(attachmentMetaSchema).check(z.maxLength(LIMITS.attachmentsPerMessage)),
  }),
);

/** `POST /v1/tickets/:id/escalation`: the owner asks for a higher tier, saying why. */
export const escalationRequestSchema = z.lazy(() =>
  z.strictObject({
    reason: text(LIMITS.reasonChars, 1),
  }),
);

/** `POST /v1/tickets/:id/rating` and `POST /v1/conversations/:id/rating`. */
export const ratingSchema = z.lazy(() =>
  z.strictObject({
    score: z.int().check(z.minimum(LIMITS.ratingMin), z.maximum(LIMITS.ratingMax)),
    comment: z.optional(text(LIMITS.commentChars)),
  }),
);
export type Rating = z.infer<typeof ratingSchema>;
