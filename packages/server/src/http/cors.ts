import type { MiddlewareHandler } from 'hono';
import type { AppEnv, ServerContext } from '../ServerContext.ts';

const ALLOW_HEADERS = 'authorization, content-type, idempotency-key, last-event-id';
const EXPOSE_HEADERS = 'retry-after, idempotent-replayed';

/**
 * CORS with exact origins only. A preflight carries no token, so it is
 * answered for the origins of any configured site; the real request is then
 * answered only for the origins of the site its token or body names. An
 * origin that does not match exactly gets no `Access-Control-Allow-Origin`:
 * never an echo, never a suffix match, never `*`.
 */
export function cors(ctx: ServerContext): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const origin = c.req.header('origin');
    if (c.req.method === 'OPTIONS') {
      const headers: Record<string, string> = { vary: 'Origin' };
      if (
        origin !== undefined &&
        ctx.allOrigins.has(origin) &&
        !c.req.path.startsWith('/v1/agent/')
      ) {
        headers['access-control-allow-origin'] = origin;
        headers['access-control-allow-methods'] = 'GET, POST, OPTIONS';
        headers['access-control-allow-headers'] = ALLOW_HEADERS;
        headers['access-control-max-age'] = '600';
      }
      return new Response(null, { status: 204, headers });
    }
    await next();
    c.res.headers.append('vary', 'Origin');
    if (origin === undefined || c.req.path.startsWith('/v1/agent/')) return undefined;
    const site = c.get('site');
    const allowed = site ? site.allowedOrigins.includes(origin) : ctx.allOrigins.has(origin);
    if (allowed) {
      c.res.headers.set('access-control-allow-origin', origin);
      c.res.headers.set('access-control-expose-headers', EXPOSE_HEADERS);
    }
    return undefined;
  };
}
