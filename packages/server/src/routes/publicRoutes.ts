import { faqQuerySchema, PROTOCOL_VERSION, type ServerStatus, validate } from '@destek/protocol';
import type { Hono } from 'hono';
import { searchFaq } from '../faq/searchFaq.ts';
import { ApiError } from '../http/ApiError.ts';
import type { AppEnv, ServerContext } from '../ServerContext.ts';

/** `GET /v1/status` and `GET /v1/faq`: public, no token. */
export function publicRoutes(app: Hono<AppEnv>, ctx: ServerContext): void {
  app.get('/v1/status', async (c) => {
    const now = ctx.clock();
    const open = ctx.hours.isOpen(now);
    const next = open ? null : ctx.hours.nextOpenAt(now);
    const body: ServerStatus = {
      serverTime: new Date(now).toISOString(),
      protocolVersion: PROTOCOL_VERSION,
      agentsOnline: ctx.presence.online(now),
      businessHours: { open, nextOpenAt: next === null ? null : new Date(next).toISOString() },
      queueLength: (await ctx.storage.queuedConversations()).length,
    };
    c.header('cache-control', 'no-store');
    return c.json(body);
  });

  app.get('/v1/faq', (c) => {
    const query: Record<string, string> = {};
    for (const name of ['q', 'locale'] as const) {
      const value = c.req.query(name);
      if (value !== undefined) query[name] = value;
    }
    const result = validate(faqQuerySchema, query);
    if (!result.ok)
      throw new ApiError('invalid_parameter', result.message, { field: result.field });
    return c.json({
      articles: searchFaq(ctx.config.faq, result.value.q ?? '', result.value.locale),
    });
  });
}
