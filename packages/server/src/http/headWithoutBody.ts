import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../ServerContext.ts';

/**
 * Answers HEAD with the GET route's status and headers, and lets go of the
 * body the route made. Hono runs the GET handler for HEAD and drops its body
 * without cancelling it: a live stream's subscription and heartbeat would then
 * run (and buffer) forever for a client that never reads it.
 */
export function headWithoutBody(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    if (c.req.method !== 'HEAD' || c.res.body === null) return;
    await c.res.body.cancel().catch(() => {});
    c.res = new Response(null, c.res);
  };
}
