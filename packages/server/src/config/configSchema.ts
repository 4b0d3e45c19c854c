import { faqArticleSchema, ID_PATTERN, PRIORITIES, siteKeySchema } from '@destek/protocol';
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
    })
    .default({
      perIp: { limit: 600, windowSec: 60 },
      perVisitor: { limit: 300, windowSec: 60 },
      sessionsPerIp: { limit: 60, windowSec: 60 },
      reportsPerVisitor: { limit: 20, windowSec: 3600 },
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
