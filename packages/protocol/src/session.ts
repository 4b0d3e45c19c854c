import { z } from 'zod/mini';
import { LIMITS } from './limits.ts';
import { emailSchema, line, timestampSchema } from './text.ts';

/** A site key names a site; it is public and sits in the page. */
export const siteKeySchema = z.string().check(z.regex(/^pk_[A-Za-z0-9_-]{8,64}$/));

/**
 * The visitor's anonymous id: random, made once per browser by the widget,
 * so an anonymous visitor can find their own requests again.
 */
export const anonIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{16,64}$/));

/**
 * A signed-in user of the host site. `signature` is the host backend's
 * HMAC-SHA256 (hex) of `id` with the site secret: without it, a page could
 * claim any id and read that user's history.
 */
export const identitySchema = z.lazy(() =>
  z.strictObject({
    id: line(200, 1),
    email: z.optional(emailSchema),
    name: z.optional(line(LIMITS.nameChars, 1)),
    signature: z.optional(z.string().check(z.regex(/^[0-9a-f]{64}$/))),
  }),
);
export type Identity = z.infer<typeof identitySchema>;

export const sessionRequestSchema = z.lazy(() =>
  z.strictObject({
    siteKey: siteKeySchema,
    anonId: anonIdSchema,
    user: z.optional(identitySchema),
  }),
);
export type SessionRequest = z.infer<typeof sessionRequestSchema>;

/** What the backend can do; the widget hides what is switched off. */
export const capabilitiesSchema = z.lazy(() =>
  z.strictObject({
    tickets: z.boolean(),
    liveChat: z.boolean(),
    attachments: z.boolean(),
    uploadProgress: z.boolean(),
    typing: z.boolean(),
    queuePosition: z.boolean(),
    rating: z.boolean(),
    resume: z.boolean(),
    identity: z.boolean(),
    faq: z.boolean(),
    /** The server sends e-mail: transcripts on request, and ticket replies to the visitor's address. */
    email: z.boolean(),
  }),
);
export type Capabilities = z.infer<typeof capabilitiesSchema>;

/** Every capability on: the reference server's answer, and the default of adapters that cannot ask. */
export const FULL_CAPABILITIES: Readonly<Capabilities> = Object.freeze({
  tickets: true,
  liveChat: true,
  attachments: true,
  uploadProgress: true,
  typing: true,
  queuePosition: true,
  rating: true,
  resume: true,
  identity: true,
  faq: true,
  email: true,
});

export const sessionResponseSchema = z.lazy(() =>
  z.strictObject({
    /** Sent as `Authorization: Bearer <token>` on every later call. */
    token: line(2000, 1),
    expiresAt: timestampSchema,
    /** True when the identity's signature was checked and holds. */
    verified: z.boolean(),
    capabilities: capabilitiesSchema,
  }),
);
export type SessionResponse = z.infer<typeof sessionResponseSchema>;
