import { newId, newReference, type Priority, type Report } from '@destek/protocol';
import type { ServerContext } from '../ServerContext.ts';
import type { Owner, TicketRecord } from '../storage/records.ts';

/** The fields a new ticket is made from: a report, or a chat nobody could take. */
export interface TicketSource {
  clientReportId: string;
  summary: string;
  category: string;
  priority: Priority;
  report: Report | null;
  conversationId: string | null;
  /** Where agent replies are e-mailed; null for "My requests" only. */
  email: string | null;
  locale: string;
}

/**
 * A fresh ticket record, due by its priority's first-response target counted
 * in business minutes. The reference is random; a clash with an existing
 * one is caught by the database's unique index and retried by the caller.
 */
export function newTicket(ctx: ServerContext, owner: Owner, source: TicketSource): TicketRecord {
  const now = ctx.clock();
  const at = new Date(now).toISOString();
  const minutes = ctx.config.firstResponseMinutes[source.priority];
  return {
    site: owner.site,
    visitor: owner.visitor,
    id: newId(),
    reference: newReference(),
    ...source,
    status: 'new',
    tier: 1,
    team: null,
    targetMinutes: minutes,
    dueAt: new Date(ctx.hours.addBusinessMinutes(now, minutes)).toISOString(),
    createdAt: at,
    updatedAt: at,
    lastActivityAt: at,
    firstRespondedAt: null,
    resolvedAt: null,
    rating: null,
    ratingComment: null,
    ratedAt: null,
    ratingRequested: false,
    escalated: false,
    ownerSeenAt: at,
    replyCount: 0,
  };
}

/** True for SQLite's unique-constraint failure (a reference clash). */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'SQLITE_CONSTRAINT_UNIQUE';
}
