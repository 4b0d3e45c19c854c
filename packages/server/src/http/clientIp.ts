import type { Context } from 'hono';
import type { AppEnv } from '../ServerContext.ts';

/**
 * The peer's address. Forwarded headers are not trusted: behind a proxy the
 * limits apply to the proxy unless the proxy itself rate-limits (see docs).
 */
export function clientIp(c: Context<AppEnv>): string {
  return c.env?.incoming?.socket?.remoteAddress ?? 'unknown';
}
