import {
  agentEscalationSchema,
  agentReplySchema,
  newId,
  TICKET_STATUSES,
  type TicketEntry,
  type TicketStatus,
  ticketUpdateSchema,
} from '@destek/protocol';
import type { Context, Hono } from 'hono';
import { ApiError, notFound } from '../http/ApiError.ts';
import { readJson } from '../http/readJson.ts';
import { ticketReplyMail } from '../mail/composeMail.ts';
import { type AppEnv, isoNow, type ServerContext } from '../ServerContext.ts';
import type { HistoryRecord, TicketRecord } from '../storage/records.ts';
import { historyLine } from '../tickets/historyLine.ts';
import { toAgentTicket, toHistoryEntry, unreadCount } from '../tickets/ticketViews.ts';

async function ticketAt(c: Context<AppEnv>, ctx: ServerContext): Promise<TicketRecord> {
  const ticket = await ctx.storage.getTicket(c.req.param('id') ?? '');
  if (!ticket) throw notFound();
  return ticket;
}

/** Fields that move with a status change: solved sets the resolution time, reopening clears it. */
function statusPatch(
  ticket: TicketRecord,
  status: TicketStatus,
  at: string,
): Partial<TicketRecord> {
  if (status === 'solved' || status === 'closed')
    return { status, resolvedAt: ticket.resolvedAt ?? at };
  return { status, resolvedAt: null };
}

async function agentDetail(ctx: ServerContext, id: string) {
  const ticket = await ctx.storage.getTicket(id);
  if (!ticket) throw notFound();
  const entries = await ctx.storage.ticketEntries(id);
  const history = await ctx.storage.ticketHistory(id);
  return {
    ticket: toAgentTicket(ticket, unreadCount(ticket, entries)),
    report: ticket.report,
    entries,
    history: history.map(toHistoryEntry),
  };
}

/** Agent side of tickets: list, detail, reply (e-mailed when there is an address), update, escalate, ask for a rating. */
export function agentTicketRoutes(app: Hono<AppEnv>, ctx: ServerContext): void {
  app.get('/v1/agent/tickets', async (c) => {
    const status = c.req.query('status');
    if (status !== undefined && !(TICKET_STATUSES as readonly string[]).includes(status)) {
      throw new ApiError('invalid_parameter', 'Unknown status', { field: 'status' });
    }
    const limitRaw = c.req.query('limit') ?? '100';
    if (!/^\d{1,3}$/.test(limitRaw) || Number(limitRaw) < 1)
      throw new ApiError('invalid_parameter', 'limit is 1 to 500', { field: 'limit' });
    const filter: { status?: string; limit: number } = { limit: Math.min(500, Number(limitRaw)) };
    if (status !== undefined) filter.status = status;
    const tickets = await ctx.storage.listTickets(filter);
    const out = [];
    for (const t of tickets)
      out.push(toAgentTicket(t, unreadCount(t, await ctx.storage.ticketEntries(t.id))));
    return c.json({ tickets: out });
  });

  app.get('/v1/agent/tickets/:id', async (c) =>
    c.json(await agentDetail(ctx, (await ticketAt(c, ctx)).id)),
  );

  app.post('/v1/agent/tickets/:id/replies', async (c) => {
    const ticket = await ticketAt(c, ctx);
    const body = await readJson(c.req.raw, agentReplySchema);
    // Agents have no upload route yet, so nothing they could attach would be theirs.
    if ((body.attachments ?? []).length > 0) {
      throw new ApiError('unsupported', 'Agent attachments are not supported yet', {
        field: 'attachments',
      });
    }
    const earlier = await ctx.storage.ticketEntryByClientId(ticket.id, body.clientId);
    if (earlier) return c.json(earlier, 200);
    if (ticket.status === 'closed') throw new ApiError('conflict', 'The ticket is closed');
    const agent = c.get('agent');
    const actor = `agent:${agent.id}`;
    const at = isoNow(ctx);
    const entry: TicketEntry = {
      id: newId(),
      from: 'agent',
      author: agent.name,
      text: body.text,
      attachments: [],
      at,
    };
    const status = body.status ?? 'pending';
    const history: HistoryRecord[] = [
      historyLine(ticket.id, actor, 'replied', at, { entryId: entry.id }),
    ];
    if (status !== ticket.status)
      history.push(
        historyLine(ticket.id, actor, 'status_changed', at, { from: ticket.status, to: status }),
      );
    await ctx.storage.updateTicket(
      ticket.id,
      {
        ...statusPatch(ticket, status, at),
        updatedAt: at,
        lastActivityAt: at,
        firstRespondedAt: ticket.firstRespondedAt ?? at,
        replyCount: ticket.replyCount + 1,
      },
      history,
      { ...entry, clientId: body.clientId },
    );
    // After the commit, in the background: the answer never waits on SMTP.
    if (ticket.email !== null && ctx.mail) {
      ctx.mail.send(
        ticketReplyMail({
          to: ticket.email,
          site: ctx.sites.get(ticket.site)?.name ?? ticket.site,
          locale: ticket.locale,
          reference: ticket.reference,
          entry,
        }),
      );
    }
    return c.json(entry, 201);
  });

  app.post('/v1/agent/tickets/:id/update', async (c) => {
    const ticket = await ticketAt(c, ctx);
    const body = await readJson(c.req.raw, ticketUpdateSchema);
    if (ticket.status === 'closed') throw new ApiError('conflict', 'The ticket is closed');
    const actor = `agent:${c.get('agent').id}`;
    const at = isoNow(ctx);
    let patch: Partial<TicketRecord> = { updatedAt: at, lastActivityAt: at };
    const history: HistoryRecord[] = [];
    if (body.status !== undefined && body.status !== ticket.status) {
      patch = { ...patch, ...statusPatch(ticket, body.status, at) };
      history.push(
        historyLine(ticket.id, actor, 'status_changed', at, {
          from: ticket.status,
          to: body.status,
        }),
      );
    }
    if (body.category !== undefined && body.category !== ticket.category) {
      patch.category = body.category;
      history.push(
        historyLine(ticket.id, actor, 'category_changed', at, {
          from: ticket.category,
          to: body.category,
        }),
      );
    }
    if (body.priority !== undefined && body.priority !== ticket.priority) {
      patch.priority = body.priority;
      history.push(
        historyLine(ticket.id, actor, 'priority_changed', at, {
          from: ticket.priority,
          to: body.priority,
        }),
      );
    }
    if (history.length > 0) await ctx.storage.updateTicket(ticket.id, patch, history);
    return c.json(await agentDetail(ctx, ticket.id));
  });

  app.post('/v1/agent/tickets/:id/escalation', async (c) => {
    const ticket = await ticketAt(c, ctx);
    const body = await readJson(c.req.raw, agentEscalationSchema);
    if (ticket.status === 'closed') throw new ApiError('conflict', 'The ticket is closed');
    const at = isoNow(ctx);
    await ctx.storage.updateTicket(
      ticket.id,
      {
        team: body.team,
        tier: ticket.tier + 1,
        escalated: true,
        updatedAt: at,
        lastActivityAt: at,
      },
      [
        historyLine(ticket.id, `agent:${c.get('agent').id}`, 'escalated', at, {
          team: body.team,
          tier: ticket.tier + 1,
          reason: body.reason ?? null,
        }),
      ],
    );
    return c.json(await agentDetail(ctx, ticket.id));
  });

  app.post('/v1/agent/tickets/:id/rating-request', async (c) => {
    const ticket = await ticketAt(c, ctx);
    // Asked already, or rated: a second press (a double click, two agents)
    // would only post the same question again in the user's thread.
    if (ticket.ratingRequested || ticket.rating !== null) {
      return c.json(await agentDetail(ctx, ticket.id));
    }
    const at = isoNow(ctx);
    const entry: TicketEntry = {
      id: newId(),
      from: 'system',
      text: 'How did we do? Please rate this request.',
      attachments: [],
      at,
    };
    await ctx.storage.updateTicket(
      ticket.id,
      { ratingRequested: true, updatedAt: at },
      [historyLine(ticket.id, `agent:${c.get('agent').id}`, 'rating_requested', at)],
      entry,
    );
    return c.json(await agentDetail(ctx, ticket.id));
  });
}
