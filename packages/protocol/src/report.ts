import { z } from 'zod/mini';
import { attachmentMetaSchema } from './attachment.ts';
import { idSchema } from './ids.ts';
import { LIMITS } from './limits.ts';
import { emailSchema, line, localeSchema, slugSchema, text, timestampSchema } from './text.ts';

export const PRIORITIES = ['urgent', 'normal', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];
export const prioritySchema = z.enum(PRIORITIES);

/**
 * One fact about the device or app (`browser: Chromium 156`), shown to the
 * user in review, each removable before sending. A list of pairs rather than
 * an object: keys never become property names, so `__proto__` is just text.
 */
export const contextFactSchema = z.lazy(() =>
  z.strictObject({
    key: z.string().check(z.regex(/^[a-z][a-zA-Z0-9_.-]{0,63}$/)),
    value: line(LIMITS.factValueChars),
  }),
);
export type ContextFact = z.infer<typeof contextFactSchema>;

/** What the redactor hid from the text, so the agent knows why a value reads `[card]`. */
export const redactionFindingSchema = z.lazy(() =>
  z.strictObject({
    kind: slugSchema,
    count: z.int().check(z.minimum(1), z.maximum(100_000)),
  }),
);
export type RedactionFinding = z.infer<typeof redactionFindingSchema>;

export const DIAGNOSTIC_STATUSES = ['ok', 'warn', 'fail', 'unknown'] as const;

/** The result of one self-check (clock skew, backend reachable...) attached to a report. */
export const diagnosticResultSchema = z.lazy(() =>
  z.strictObject({
    id: slugSchema,
    status: z.enum(DIAGNOSTIC_STATUSES),
    value: z.optional(line(200)),
  }),
);
export type DiagnosticResult = z.infer<typeof diagnosticResultSchema>;

/** How to reach an anonymous user; identified users are reached through their account. */
export const contactSchema = z.lazy(() =>
  z.strictObject({
    email: z.optional(emailSchema),
    name: z.optional(line(LIMITS.nameChars, 1)),
  }),
);

/**
 * A guided problem report: problem, steps tried, expected, observed. The text
 * fields arrive already redacted by the client; the server redacts nothing and
 * stores them as sent.
 */
export const reportSchema = z.lazy(() =>
  z.strictObject({
    /** Made by the client when the user presses Send; the idempotency key repeats it. */
    clientReportId: idSchema,
    summary: line(LIMITS.summaryChars, 1),
    stepsTried: z.array(text(LIMITS.stepChars, 1)).check(z.maxLength(LIMITS.stepsTried)),
    expected: text(LIMITS.detailChars),
    observed: text(LIMITS.detailChars, 1),
    category: slugSchema,
    priority: prioritySchema,
    /** An error code as the app showed it (`PMT-105`, `2FA-03`). */
    errorCode: z.optional(
      z
        .string()
        .check(z.maxLength(LIMITS.errorCodeChars), z.regex(/^[\p{L}\p{N}][\p{L}\p{N} ._:/-]*$/u)),
    ),
    locale: localeSchema,
    /** As returned by `POST /v1/attachments`; the server checks each belongs to the sender. */
    attachments: z.array(attachmentMetaSchema).check(z.maxLength(LIMITS.attachmentsPerReport)),
    context: z.array(contextFactSchema).check(z.maxLength(LIMITS.facts)),
    redactions: z.optional(
      z.array(redactionFindingSchema).check(z.maxLength(LIMITS.redactionKinds)),
    ),
    diagnostics: z.optional(z.array(diagnosticResultSchema).check(z.maxLength(LIMITS.diagnostics))),
    contact: z.optional(contactSchema),
    /** When the user pressed Send, by the device's clock (which may be wrong). */
    createdAt: z.optional(timestampSchema),
  }),
);

export type Report = z.infer<typeof reportSchema>;
