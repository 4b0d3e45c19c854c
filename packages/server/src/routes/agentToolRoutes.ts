import { localeSchema, validate } from '@destek/protocol';
import type { Hono } from 'hono';
import { ApiError } from '../http/ApiError.ts';
import { sinceParam } from '../http/sinceParam.ts';
import type { AppEnv, ServerContext } from '../ServerContext.ts';
import { agentMetrics } from '../tickets/agentMetrics.ts';

/** What agents see besides chats and tickets: ready answers, the figures, what visitors thought. */
export function agentToolRoutes(app: Hono<AppEnv>, ctx: ServerContext): void {
  app.get('/v1/agent/canned', (c) => {
    const locale = c.req.query('locale');
    if (locale !== undefined && !validate(localeSchema, locale).ok) {
      throw new ApiError('invalid_parameter', 'locale is a BCP 47 tag', { field: 'locale' });
    }
    // `tr-TR` asks for Turkish: answers for `tr`, `tr-TR`, and those for every language.
    const language = locale?.split('-')[0]?.toLowerCase();
    const responses = ctx.config.cannedResponses.filter(
      (r) =>
        language === undefined ||
        r.locale === undefined ||
        r.locale.split('-')[0]?.toLowerCase() === language,
    );
    return c.json({ responses });
  });

  app.get('/v1/agent/metrics', async (c) => c.json(await agentMetrics(ctx, sinceParam(c, ctx))));

  app.get('/v1/agent/ratings', async (c) => {
    const limitRaw = c.req.query('limit') ?? '100';
    if (!/^\d{1,3}$/.test(limitRaw) || Number(limitRaw) < 1 || Number(limitRaw) > 500)
      throw new ApiError('invalid_parameter', 'limit is 1 to 500', { field: 'limit' });
    const ratings = await ctx.storage.ratings(sinceParam(c, ctx), Number(limitRaw));
    return c.json({ ratings });
  });
}
