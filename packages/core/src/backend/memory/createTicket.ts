import {
  newId,
  newReference,
  type Priority,
  type Report,
  type TicketDetail,
  type TicketReceipt,
} from '@destek/protocol';
import type { MemoryContext } from './MemoryContext.ts';
import type { StoredTicket } from './MemoryWorld.ts';

/** What a new ticket is made from: a report, or a chat that became one. */
export interface TicketFields {
  clientReportId: string;
  summary: string;
  category: string;
  priority: Priority;
  report: Report | undefined;
  email: string | null;
}

/** Stores a new ticket for `owner`, due by its priority's first-response target. */
export function createTicket(
  ctx: MemoryContext,
  owner: string,
  fields: TicketFields,
): StoredTicket {
  const now = ctx.clock();
  const createdAt = new Date(now).toISOString();
  const minutes = ctx.targets[fields.priority];
  const firstResponse = { minutes, dueAt: new Date(now + minutes * 60_000).toISOString() };
  const id = newId();
  const reference = newReference();
  const receipt: TicketReceipt = {
    id,
    reference,
    clientReportId: fields.clientReportId,
    status: 'new',
    priority: fields.priority,
    firstResponse,
    createdAt,
  };
  const detail: TicketDetail = {
    id,
    reference,
    summary: fields.summary,
    category: fields.category,
    priority: fields.priority,
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
  const ticket: StoredTicket = {
    owner,
    report: fields.report,
    receipt,
    detail,
    additions: new Map(),
    email: fields.email,
    ratingComment: undefined,
  };
  ctx.world.tickets.set(id, ticket);
  return ticket;
}
