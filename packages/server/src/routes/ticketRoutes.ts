import {
  escalationRequestSchema,
  newId,
  type Priority,
  ratingSchema,
  type TicketEntry,
  ticketAdditionSchema,
} from '@destek/protocol';
import type { Context, Hono } from 'hono';
import { ApiError, notFound } from '../http/ApiError.ts';
import { readJson } from '../http/readJson.ts';
import { type AppEnv, isoNow, type ServerContext } from '../ServerContext.ts';
import type { TicketRecord } from '../storage/records.ts';
import { historyLine } from '../tickets/historyLine.ts';
import { resolveAttachments } from '../tickets/resolveAttachments.ts';
import { toDetail, toSummary, unreadCount } from '../tickets/ticketViews.ts';

const RAISE: Record<Priority, Priority> = { low: 'normal', normal: 'urgent', urgent: 'urgent' };
const LIST_LIMIT = 200;

/** The ticket at `:id` if the caller owns it; anything else is a 404, never a 403. */
async function ownTicket(c: Context<AppEnv>, ctx: ServerContext): Promise<TicketRecord> {
  const session = c.get('session');
  const ticket = await ctx.storage.getTicket(c.req.param('id') ?? '');
  if (!ticket || ticket.site !== session.site || ticket.visitor !== session.visitor)
    throw notFound();
  return ticket;
}

async function detail(ctx: ServerContext, id: string) {
  const ticket = await ctx.storage.getTicket(id);
  if (!ticket) throw notFound();
  const entries = await ctx.storage.ticketEntries(id);
  return toDetail(ticket, entries, unreadCount(ticket, entries));
}

/** The visitor's own tickets: list, detail, additions, escalation, rating. */
export function ticketRoutes(app: Hono<AppEnv>, ctx: ServerContext): void {
  app.get('/v1/tickets', async (c) => {
    const tickets = await ctx.storage.listTickets({ owner: c.get('session'), limit: LIST_LIMIT });
    const out = [];
    for (const t of tickets)
      out.push(toSummary(t, unreadCount(t, await ctx.storage.ticketEntries(t.id))));
    return c.json({ tickets: out });
  });

  app.get('/v1/tickets/:id', async (c) => {
    const ticket = await ownTicket(c, ctx);
    const body = await detail(ctx, ticket.id);
    // Opening the ticket is reading it: later replies count as unread.
    await ctx.storage.updateTicket(ticket.id, { ownerSeenAt: isoNow(ctx) }, []);
    return c.json(body);
  });

  app.post('/v1/tickets/:id/entries', async (c) => {
    const ticket = await ownTicket(c, ctx);
    const body = await readJson(c.req.raw, ticketAdditionSchema);
    const existing = await ctx.storage.ticketEntryByClientId(ticket.id, body.clientId);
    if (existing) return c.json(existing, 200);
    if (ticket.status === 'closed') throw new ApiError('conflict', 'The ticket is closed');
    const at = isoNow(ctx);
    const entry: TicketEntry = {
      id: newId(),
      from: 'visitor',
      text: body.text,
      attachments: await resolveAttachments(ctx, c.get('session'), body.attachments),
      at,
    };
    // New information reopens a ticket that was waiting on the user or thought solved.
    const status = ticket.status === 'new' ? 'new' : 'open';
    const history = [
      historyLine(ticket.id, 'visitor', 'added_information', at, { entryId: entry.id }),
    ];
    if (status !== ticket.status)
      history.push(
        historyLine(ticket.id, 'visitor', 'status_changed', at, {
          from: ticket.status,
          to: status,
        }),
      );
    await ctx.storage.updateTicket(
      ticket.id,
      {
        status,
        updatedAt: at,
        lastActivityAt: at,
        resolvedAt: status === 'open' ? null : ticket.resolvedAt,
      },
      history,
      { ...entry, clientId: body.clientId },
    );
    return c.json(entry, 201);
  });

  app.post('/v1/tickets/:id/escalation', async (c) => {
    const ticket = await ownTicket(c, ctx);
    const body = await readJson(c.req.raw, escalationRequestSchema);
    if (ticket.status === 'closed') throw new ApiError('conflict', 'The ticket is closed');
    const at = isoNow(ctx);
    const priority = RAISE[ticket.priority];
    await ctx.storage.updateTicket(
      ticket.id,
      {
        tier: ticket.tier + 1,
        priority,
        escalated: true,
        status: ticket.status === 'new' ? 'new' : 'open',
        updatedAt: at,
        lastActivityAt: at,
      },
      [
        historyLine(ticket.id, 'visitor', 'escalated', at, {
          reason: body.reason,
          tier: ticket.tier + 1,
          priority,
        }),
      ],
    );
    return c.json(await detail(ctx, ticket.id));
  });

  app.post('/v1/tickets/:id/rating', async (c) => {
    const ticket = await ownTicket(c, ctx);
    const body = await readJson(c.req.raw, ratingSchema);
    const rateable =
      ticket.ratingRequested || ['solved', 'closed', 'inactive'].includes(ticket.status);
    if (!rateable) throw new ApiError('conflict', 'The ticket can be rated once it is solved');
    const at = isoNow(ctx);
    await ctx.storage.updateTicket(
      ticket.id,
      { rating: body.score, ratingComment: body.comment ?? null, ratedAt: at, updatedAt: at },
      [
        historyLine(ticket.id, 'visitor', 'rated', at, {
          score: body.score,
          comment: body.comment ?? null,
        }),
      ],
    );
    return c.json(await detail(ctx, ticket.id));
  });
}
