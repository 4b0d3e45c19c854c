import {
  escalationRequestSchema,
  newId,
  ratingSchema,
  reportSchema,
  type TicketDetail,
  type TicketSummary,
  ticketAdditionSchema,
} from '@destek/protocol';
import { BackendError } from '../../errors/BackendError.ts';
import type { SupportBackend } from '../SupportBackend.ts';
import { canonicalJson } from './canonicalJson.ts';
import { createTicket } from './createTicket.ts';
import { checkInput, type MemoryContext, notFound } from './MemoryContext.ts';
import type { StoredTicket } from './MemoryWorld.ts';

type TicketMethods = Pick<
  SupportBackend,
  'submitReport' | 'listTickets' | 'getTicket' | 'addToTicket' | 'escalateTicket' | 'rateTicket'
>;

function summaryOf(detail: TicketDetail): TicketSummary {
  const {
    entries: _entries,
    firstResponse: _first,
    rating: _rating,
    escalated: _escalated,
    ...summary
  } = detail;
  return summary;
}

/** Reports and tickets, kept per owner, with idempotent submission. */
export function ticketMethods(ctx: MemoryContext): TicketMethods {
  const { world } = ctx;
  const owned = (ticketId: string): StoredTicket => {
    const ticket = world.tickets.get(ticketId);
    if (!ticket || ticket.owner !== ctx.owner()) throw notFound('ticket');
    return ticket;
  };

  return {
    submitReport: (input, options) =>
      ctx.call('submitReport', 'tickets', options, () => {
        const owner = ctx.owner();
        const key = options.idempotencyKey;
        if (key.length === 0 || key.length > 255) {
          throw new BackendError('invalid', 'Idempotency key missing', {
            wireCode: 'idempotency_key_missing',
            status: 400,
          });
        }
        const report = checkInput(reportSchema, input);
        report.attachments.forEach((meta, i) => {
          const stored = world.attachments.get(meta.id);
          if (!stored || stored.owner !== owner || stored.meta.sha256 !== meta.sha256) {
            throw new BackendError('invalid', 'Unknown attachment', {
              field: `attachments.${i}`,
              wireCode: 'invalid_body',
              status: 400,
            });
          }
        });
        const payload = canonicalJson(report);
        const previous = world.idempotency.get(`${owner} ${key}`);
        if (previous) {
          if (previous.payload !== payload) {
            throw new BackendError('invalid', 'Idempotency key reused with another report', {
              wireCode: 'idempotency_mismatch',
              status: 422,
            });
          }
          const ticket = world.tickets.get(previous.ticketId);
          if (ticket) return structuredClone(ticket.receipt);
        }
        const ticket = createTicket(ctx, owner, {
          clientReportId: report.clientReportId,
          summary: report.summary,
          category: report.category,
          priority: report.priority,
          report,
          email: report.contact?.email ?? ctx.userEmail() ?? null,
        });
        world.idempotency.set(`${owner} ${key}`, { payload, ticketId: ticket.receipt.id });
        return structuredClone(ticket.receipt);
      }),

    listTickets: (options) =>
      ctx.call('listTickets', 'tickets', options, () => {
        const owner = ctx.owner();
        return [...world.tickets.values()]
          .filter((t) => t.owner === owner)
          .map((t) => summaryOf(structuredClone(t.detail)))
          .reverse();
      }),

    getTicket: (ticketId, options) =>
      ctx.call('getTicket', 'tickets', options, () => {
        const ticket = owned(ticketId);
        const detail = structuredClone(ticket.detail);
        ticket.detail.unread = 0;
        return detail;
      }),

    addToTicket: (ticketId, input, options) =>
      ctx.call('addToTicket', 'tickets', options, () => {
        const ticket = owned(ticketId);
        const addition = checkInput(ticketAdditionSchema, input);
        const again = ticket.additions.get(addition.clientId);
        if (again) return structuredClone(again);
        if (ticket.detail.status === 'closed') {
          throw new BackendError('conflict', 'The ticket is closed', {
            wireCode: 'conflict',
            status: 409,
          });
        }
        const at = new Date(ctx.clock()).toISOString();
        const entry = {
          id: newId(),
          from: 'visitor' as const,
          text: addition.text,
          attachments: addition.attachments,
          at,
        };
        ticket.detail.entries.push(entry);
        ticket.detail.updatedAt = at;
        ticket.additions.set(addition.clientId, entry);
        return structuredClone(entry);
      }),

    escalateTicket: (ticketId, reason, options) =>
      ctx.call('escalateTicket', 'tickets', options, () => {
        const ticket = owned(ticketId);
        checkInput(escalationRequestSchema, { reason });
        ticket.detail.escalated = true;
      }),

    rateTicket: (ticketId, rating, options) =>
      ctx.call('rateTicket', 'rating', options, () => {
        const ticket = owned(ticketId);
        const checked = checkInput(ratingSchema, rating);
        ticket.detail.rating = checked.score;
        ticket.ratingComment = checked.comment;
      }),
  };
}
