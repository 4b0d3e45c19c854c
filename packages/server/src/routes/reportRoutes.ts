import { createHash } from 'node:crypto';
import { LIMITS, reportSchema } from '@destek/protocol';
import type { Hono } from 'hono';
import { ApiError } from '../http/ApiError.ts';
import { canonicalJson } from '../http/canonicalJson.ts';
import { readJson } from '../http/readJson.ts';
import type { AppEnv, ServerContext } from '../ServerContext.ts';
import type { IdempotencyKey } from '../storage/records.ts';
import { historyLine } from '../tickets/historyLine.ts';
import { isUniqueViolation, newTicket } from '../tickets/newTicket.ts';
import { resolveAttachments } from '../tickets/resolveAttachments.ts';
import { toReceipt } from '../tickets/ticketViews.ts';

const KEY_PATTERN = new RegExp(`^[\\x21-\\x7e]{1,${LIMITS.idempotencyKeyChars}}$`);
// A claim older than this belongs to a request that died without releasing it.
const STALE_CLAIM_MS = 60_000;

/**
 * `POST /v1/reports`, idempotent per (site, visitor, key): a retry with the
 * same payload gets the original receipt, another payload gets 422, and a
 * retry while the first is still running gets 409. The receipt is stored
 * with the ticket in one transaction, so an acknowledged report and its
 * replayable receipt are never apart.
 */
export function reportRoutes(app: Hono<AppEnv>, ctx: ServerContext): void {
  app.post('/v1/reports', async (c) => {
    const session = c.get('session');
    ctx.limiters.reportsPerVisitor.hit(`${session.site}|${session.visitor}`, ctx.clock());
    const header = c.req.header('idempotency-key');
    if (header === undefined)
      throw new ApiError('idempotency_key_missing', 'Send an Idempotency-Key header');
    if (!KEY_PATTERN.test(header)) {
      throw new ApiError('invalid_parameter', 'The Idempotency-Key is malformed', {
        field: 'Idempotency-Key',
      });
    }
    const report = await readJson(c.req.raw, reportSchema);
    const key: IdempotencyKey = {
      site: session.site,
      visitor: session.visitor,
      key: header,
      fingerprint: createHash('sha256').update(canonicalJson(report)).digest('hex'),
    };
    const now = ctx.clock();
    const claim = await ctx.storage.claimIdempotency(
      key,
      new Date(now).toISOString(),
      new Date(now - STALE_CLAIM_MS).toISOString(),
    );
    if (claim.kind === 'mismatch') {
      throw new ApiError(
        'idempotency_mismatch',
        'This Idempotency-Key was used with another payload',
      );
    }
    if (claim.kind === 'in_flight') {
      throw new ApiError(
        'idempotency_in_flight',
        'A request with this Idempotency-Key is in progress',
        { retryAfterMs: 1000 },
      );
    }
    if (claim.kind === 'replay') {
      c.header('idempotent-replayed', 'true');
      return c.json(claim.body as object, claim.status as 201);
    }
    try {
      await ctx.hooks.beforeReportCommit?.();
      const attachments = await resolveAttachments(ctx, session, report.attachments);
      for (let attempt = 0; ; attempt += 1) {
        const ticket = newTicket(ctx, session, {
          clientReportId: report.clientReportId,
          summary: report.summary,
          category: report.category,
          priority: report.priority,
          report: { ...report, attachments },
          conversationId: null,
          email: report.contact?.email ?? session.email,
          locale: report.locale,
        });
        const receipt = toReceipt(ticket);
        const created = historyLine(ticket.id, 'visitor', 'created', ticket.createdAt, {
          source: 'report',
        });
        try {
          await ctx.storage.createTicket(ticket, [created], { key, status: 201, body: receipt });
          return c.json(receipt, 201);
        } catch (error) {
          if (!isUniqueViolation(error) || attempt >= 4) throw error;
        }
      }
    } catch (error) {
      await ctx.storage.releaseIdempotency(key);
      throw error;
    }
  });
}
