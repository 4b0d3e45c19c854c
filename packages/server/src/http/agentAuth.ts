import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv, ServerContext } from '../ServerContext.ts';
import { ApiError } from './ApiError.ts';
import { bearer } from './visitorAuth.ts';

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

/**
 * Requires an agent's bearer token. Tokens are compared as SHA-256 digests in
 * constant time, so neither their content nor their length leaks through
 * timing. Presence is not touched here: only `POST /v1/agent/presence`
 * changes it, so an agent who went offline stays offline while they work.
 */
export function agentAuth(ctx: ServerContext): MiddlewareHandler<AppEnv> {
  const agents = ctx.config.agents.map((agent) => ({ agent, digest: digest(agent.token) }));
  return async (c, next) => {
    const token = bearer(c.req.header('authorization'));
    const given = digest(token ?? '');
    let found: (typeof agents)[number]['agent'] | undefined;
    for (const entry of agents)
      if (timingSafeEqual(entry.digest, given) && token !== null) found = entry.agent;
    if (!found) throw new ApiError('unauthorized', 'A valid agent token is required');
    c.set('agent', found);
    await next();
  };
}
