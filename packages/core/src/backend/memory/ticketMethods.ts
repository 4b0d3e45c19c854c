import {
  escalationRequestSchema,
  newId,
  newReference,
  type Priority,
  ratingSchema,
  reportSchema,
  type TicketDetail,
  type TicketSummary,
  ticketAdditionSchema,
} from '@destek/protocol';
import { BackendError } from '../../errors/BackendError.ts';
import type { SupportBackend } from '../SupportBackend.ts';
import { canonicalJson } from './canonicalJson.ts';
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
export function ticketMethods(
  ctx: MemoryContext,
  targets: Record<Priority, number>,
): TicketMethods {
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
        const now = ctx.clock();
        const createdAt = new Date(now).toISOString();
        const minutes = targets[report.priority];
        const firstResponse = { minutes, dueAt: new Date(now + minutes * 60_000).toISOString() };
        const id = newId();
        const reference = newReference();
        const receipt = {
          id,
          reference,
          clientReportId: report.clientReportId,
          status: 'new' as const,
          priority: report.priority,
          firstResponse,
          createdAt,
        };
        const detail: TicketDetail = {
          id,
          reference,
          summary: report.summary,
          category: report.category,
          priority: report.priority,
          status: 'new',
          createdAt,
          firstRespondedAt: null,
          resolvedAt: null,
          updatedAt: createdAt,
          unread: 0,
          entries: [],
          firstResponse,
          rating: null,
          escalated: false,
        };
        world.tickets.set(id, { owner, report, receipt, detail, additions: new Map() });
        world.idempotency.set(`${owner} ${key}`, { payload, ticketId: id });
        return structuredClone(receipt);
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
        ticket.detail.rating = checkInput(ratingSchema, rating).score;
      }),
  };
}
