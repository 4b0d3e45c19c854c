import {
  cannedResponseSchema,
  faqArticleSchema,
  ID_PATTERN,
  PRIORITIES,
  siteKeySchema,
} from '@destek/protocol';
import { z } from 'zod';

/** `HH:MM` on a 24-hour clock; `24:00` closes a day. */
const clockSchema = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/);

/** One opening interval, local to the configured time zone. */
const intervalSchema = z.tuple([clockSchema, clockSchema]);

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

const siteSchema = z.strictObject({
  /** Public key in the page's script tag. */
  key: siteKeySchema,
  name: z.string().min(1).max(120),
  /**
   * Exact origins (`https://app.example.com`) allowed to call with this key.
   * Matched character for character: no wildcards, no suffixes.
   */
  allowedOrigins: z.array(z.string().regex(/^https?:\/\/[^/\s]+$/)).max(50),
  /** Shared with the host's backend to sign user ids (HMAC-SHA256, hex). */
  secret: z.optional(z.string().min(16).max(200)),
  /**
   * Refuse identities without a valid signature.
   * @default false
   */
  requireSignedIdentity: z.boolean().default(false),
});

const agentSchema = z.strictObject({
  /** A UUID v4: agents appear on the wire with it. */
  id: z.string().regex(ID_PATTERN),
  name: z.string().min(1).max(120),
  /** Bearer token for `/v1/agent/`; long and random. */
  token: z.string().min(24).max(200),
});

const windowSchema = z.strictObject({
  /** Requests allowed per window. */
  limit: z.int().min(1),
  windowSec: z.int().min(1).max(3600),
});

/** `Name <address>` or a bare address, as a mail `From:` takes it; no line breaks. */
const FROM_PATTERN = /^(?:[^<>\r\n]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/;

/** Outgoing e-mail over SMTP. Absent: the server sends no e-mail (capability `email` off). */
const mailSchema = z.strictObject({
  host: z.string().min(1).max(253),
  /** @default 587 */
  port: z.int().min(1).max(65_535).default(587),
  /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. @default false */
  secure: z.boolean().default(false),
  /** Refuse to send unless STARTTLS succeeds. @default false */
  requireTls: z.boolean().default(false),
  auth: z.optional(z.strictObject({ user: z.string().min(1), pass: z.string().min(1) })),
  /** The `From:` of every mail, such as `Destek Support <support@example.com>`. */
  from: z.string().max(320).regex(FROM_PATTERN),
  /** Where visitors' answers to a mail go; `from` when absent. */
  replyTo: z.optional(z.email().max(254)),
  /** Tries per mail before it is given up (and logged). @default 4 */
  attempts: z.int().min(1).max(10).default(4),
  /** Wait before the first retry; it doubles each time. @default 30000 */
  retryDelayMs: z.int().min(10).max(3_600_000).default(30_000),
  /** Connection, greeting and socket timeout. @default 20000 */
  timeoutMs: z.int().min(100).max(300_000).default(20_000),
});

/** The whole config file, validated once at startup. */
export const configSchema = z.strictObject({
  sites: z.array(siteSchema).min(1),
  agents: z.array(agentSchema).default([]),
  /** Omit for "always open". */
  businessHours: z.optional(
    z.strictObject({
      /** IANA zone, e.g. `Europe/Istanbul`. */
      timeZone: z.string().refine((zone) => {
        try {
          new Intl.DateTimeFormat('en', { timeZone: zone });
          return true;
        } catch {
          return false;
        }
      }, 'Unknown time zone'),
      weekly: z.strictObject(
        Object.fromEntries(DAYS.map((d) => [d, z.array(intervalSchema).default([])])) as Record<
          (typeof DAYS)[number],
          z.ZodDefault<z.ZodArray<typeof intervalSchema>>
        >,
      ),
    }),
  ),
  /** Business minutes until the first answer is due, per priority. */
  firstResponseMinutes: z
    .strictObject(
      Object.fromEntries(PRIORITIES.map((p) => [p, z.int().min(1).max(43_200)])) as Record<
        (typeof PRIORITIES)[number],
        z.ZodInt
      >,
    )
    .default({ urgent: 60, normal: 480, low: 1440 }),
  categories: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z][a-z0-9_-]{0,39}$/),
        name: z.string().min(1).max(120),
      }),
    )
    .default([]),
  /** Self-help articles, all locales in one list. */
  faq: z.array(faqArticleSchema).default([]),
  /** Ready answers offered to agents (`GET /v1/agent/canned`), all locales in one list. */
  cannedResponses: z
    .array(cannedResponseSchema)
    .max(500)
    .refine(
      (list) => new Set(list.map((r) => r.id)).size === list.length,
      'Canned response ids must be unique',
    )
    .default([]),
  mail: z.optional(mailSchema),
  /**
   * The agent console's built files, served at `/console/`; `false` turns it off.
   * Relative paths are from the config file. @default the monorepo's `packages/console/dist` when it exists
   */
  consoleDir: z.optional(z.union([z.string().min(1), z.literal(false)])),
  /** Seconds without activity before a ticket becomes `inactive`. @default 1209600 (14 days) */
  ticketIdleSec: z
    .int()
    .min(60)
    .default(14 * 24 * 3600),
  /** Days an idempotency key is remembered. @default 7 */
  idempotencyDays: z.int().min(7).default(7),
  /** Days closed tickets and their files are kept. @default 365 */
  retentionDays: z.int().min(1).default(365),
  /** Visitor token lifetime. @default 86400 */
  sessionTtlSec: z
    .int()
    .min(60)
    .max(30 * 24 * 3600)
    .default(24 * 3600),
  /** Average handling time per queued chat, for the wait estimate. @default 180 */
  averageHandleSec: z.int().min(1).default(180),
  /** Seconds an agent's presence lasts without renewal. @default 120 */
  agentPresenceTtlSec: z.int().min(5).default(120),
  /** SSE heartbeat comment interval. @default 15000 */
  heartbeatMs: z.int().min(50).default(15_000),
  rateLimits: z
    .strictObject({
      perIp: windowSchema.default({ limit: 600, windowSec: 60 }),
      perVisitor: windowSchema.default({ limit: 300, windowSec: 60 }),
      /** Sessions per IP: token minting is the cheapest abuse. */
      sessionsPerIp: windowSchema.default({ limit: 60, windowSec: 60 }),
      /** Reports per visitor. */
      reportsPerVisitor: windowSchema.default({ limit: 20, windowSec: 3600 }),
      /** Transcript e-mails a visitor may ask for: each one is a mail to an address they typed. */
      mailsPerVisitor: windowSchema.default({ limit: 10, windowSec: 3600 }),
    })
    .default({
      perIp: { limit: 600, windowSec: 60 },
      perVisitor: { limit: 300, windowSec: 60 },
      sessionsPerIp: { limit: 60, windowSec: 60 },
      reportsPerVisitor: { limit: 20, windowSec: 3600 },
      mailsPerVisitor: { limit: 10, windowSec: 3600 },
    }),
  /** Secret for visitor tokens; a random one is kept in the data folder when absent. */
  tokenSecret: z.optional(z.string().min(32)),
});

/** The config as written in the file. */
export type ServerConfigInput = z.input<typeof configSchema>;
/** The config with every default filled in. */
export type ServerConfig = z.output<typeof configSchema>;
export type SiteConfig = ServerConfig['sites'][number];
export type AgentConfig = ServerConfig['agents'][number];
export type MailConfig = NonNullable<ServerConfig['mail']>;
