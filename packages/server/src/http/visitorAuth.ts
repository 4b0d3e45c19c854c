import type { MiddlewareHandler } from 'hono';
import type { AppEnv, ServerContext } from '../ServerContext.ts';
import { ApiError } from './ApiError.ts';
import { verifyVisitorToken } from './visitorToken.ts';

/** The bearer token of a request, or null. */
export function bearer(header: string | undefined): string | null {
  const match = /^Bearer ([\x21-\x7e]{1,2000})$/.exec(header ?? '');
  return match?.[1] ?? null;
}

/**
 * Requires a valid visitor token, refuses origins the token's site does not
 * allow (a stolen token is useless from another page), and counts the
 * request against the visitor's rate limit.
 */
export function visitorAuth(ctx: ServerContext): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = bearer(c.req.header('authorization'));
    const session = token ? verifyVisitorToken(token, ctx.tokenSecret, ctx.clock()) : null;
    const site = session ? ctx.sites.get(session.site) : undefined;
    if (!session || !site) throw new ApiError('unauthorized', 'A valid visitor token is required');
    // Set first: CORS on the refusal below must follow this site's origins too.
    c.set('site', site);
    const origin = c.req.header('origin');
    if (origin !== undefined && !site.allowedOrigins.includes(origin)) {
      throw new ApiError('origin_not_allowed', 'This origin may not use this site key');
    }
    c.set('session', session);
    ctx.limiters.perVisitor.hit(`${session.site}|${session.visitor}`, ctx.clock());
    await next();
  };
}
