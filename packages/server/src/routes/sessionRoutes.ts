import { FULL_CAPABILITIES, type SessionResponse, sessionRequestSchema } from '@destek/protocol';
import type { Hono } from 'hono';
import { ApiError } from '../http/ApiError.ts';
import { clientIp } from '../http/clientIp.ts';
import { readJson } from '../http/readJson.ts';
import { identitySignatureHolds, signVisitorToken } from '../http/visitorToken.ts';
import type { AppEnv, ServerContext } from '../ServerContext.ts';

/**
 * `POST /v1/sessions`. A verified identity is keyed by its user id, so the
 * same person finds their requests on any device; an unverified one stays
 * keyed by the browser's anonymous id, so claiming someone's user id without
 * the signature never reveals their history.
 */
export function sessionRoutes(app: Hono<AppEnv>, ctx: ServerContext): void {
  app.post('/v1/sessions', async (c) => {
    ctx.limiters.sessionsPerIp.hit(clientIp(c), ctx.clock());
    const body = await readJson(c.req.raw, sessionRequestSchema);
    const site = ctx.sites.get(body.siteKey);
    if (!site) throw new ApiError('unknown_site', 'Unknown site key', { field: 'siteKey' });
    c.set('site', site);
    const origin = c.req.header('origin');
    if (origin !== undefined && !site.allowedOrigins.includes(origin)) {
      throw new ApiError('origin_not_allowed', 'This origin may not use this site key');
    }
    let verified = false;
    if (body.user) {
      const { signature } = body.user;
      if (signature !== undefined && site.secret !== undefined) {
        verified = identitySignatureHolds(body.user.id, signature, site.secret);
      }
      if (site.requireSignedIdentity && !verified) {
        throw new ApiError('identity_rejected', 'The identity signature is missing or wrong', {
          field: 'user.signature',
        });
      }
    }
    const visitor = verified && body.user ? `user:${body.user.id}` : `anon:${body.anonId}`;
    const exp = ctx.clock() + ctx.config.sessionTtlSec * 1000;
    const response: SessionResponse = {
      token: signVisitorToken(
        { site: site.key, visitor, verified, exp, email: body.user?.email ?? null },
        ctx.tokenSecret,
      ),
      expiresAt: new Date(exp).toISOString(),
      verified,
      capabilities: { ...FULL_CAPABILITIES, email: ctx.mail !== null },
    };
    return c.json(response, 201);
  });
}
