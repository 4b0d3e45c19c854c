import type { Context } from 'hono';
import type { AppEnv, ServerContext } from '../ServerContext.ts';
import { ApiError } from './ApiError.ts';

/** Figures and lists look back this far when `?since=` is absent. */
const DEFAULT_DAYS = 30;

/** `?since=` as an RFC 3339 time, normalised to UTC; 30 days ago when absent. */
export function sinceParam(c: Context<AppEnv>, ctx: ServerContext): string {
  const since =
    c.req.query('since') ?? new Date(ctx.clock() - DEFAULT_DAYS * 86_400_000).toISOString();
  if (!/^\d{4}-\d\d-\d\dT/.test(since) || Number.isNaN(Date.parse(since))) {
    throw new ApiError('invalid_parameter', 'since is an RFC 3339 time', { field: 'since' });
  }
  return new Date(since).toISOString();
}
