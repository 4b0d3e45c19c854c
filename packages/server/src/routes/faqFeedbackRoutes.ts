import { faqFeedbackSchema, slugSchema, validate } from '@destek/protocol';
import type { Hono } from 'hono';
import { ApiError } from '../http/ApiError.ts';
import { readJson } from '../http/readJson.ts';
import { visitorAuth } from '../http/visitorAuth.ts';
import { type AppEnv, isoNow, type ServerContext } from '../ServerContext.ts';

/**
 * `POST /v1/faq/:id/feedback`: "Did this solve it?" on a served article. The
 * visitor's latest answer per article counts, so retries and changed minds
 * never count twice; articles the server does not serve are 404.
 */
export function faqFeedbackRoutes(app: Hono<AppEnv>, ctx: ServerContext): void {
  app.post('/v1/faq/:id/feedback', visitorAuth(ctx), async (c) => {
    const id = c.req.param('id');
    if (!validate(slugSchema, id).ok)
      throw new ApiError('invalid_parameter', 'Not an article id', { field: 'id' });
    if (!ctx.config.faq.some((article) => article.id === id))
      throw new ApiError('not_found', 'No such article');
    const body = await readJson(c.req.raw, faqFeedbackSchema);
    const session = c.get('session');
    await ctx.storage.recordFaqFeedback({
      site: session.site,
      visitor: session.visitor,
      articleId: id,
      helped: body.helped,
      at: isoNow(ctx),
    });
    return c.body(null, 204);
  });
}
