import type { TicketDetail, TicketEntry, TicketReceipt, TicketSummary } from '@destek/protocol';
import type { HistoryRecord, TicketRecord } from '../storage/records.ts';

/** The acknowledgement returned for a report (and replayed for its retries). */
export function toReceipt(t: TicketRecord): TicketReceipt {
  return {
    id: t.id,
    reference: t.reference,
    clientReportId: t.clientReportId,
    status: t.status,
    priority: t.priority,
    firstResponse: { minutes: t.targetMinutes, dueAt: t.dueAt },
    createdAt: t.createdAt,
  };
}

/** Agent entries the owner has not seen since they last opened the ticket. */
export function unreadCount(t: TicketRecord, entries: readonly TicketEntry[]): number {
  return entries.filter(
    (e) => e.from !== 'visitor' && (t.ownerSeenAt === null || e.at > t.ownerSeenAt),
  ).length;
}

/** A row of "My requests". */
export function toSummary(t: TicketRecord, unread: number): TicketSummary {
  return {
    id: t.id,
    reference: t.reference,
    summary: t.summary,
    category: t.category,
    priority: t.priority,
    status: t.status,
    createdAt: t.createdAt,
    firstRespondedAt: t.firstRespondedAt,
    resolvedAt: t.resolvedAt,
    updatedAt: t.updatedAt,
    unread,
  };
}

/** One request in full, as its owner sees it. */
export function toDetail(t: TicketRecord, entries: TicketEntry[], unread: number): TicketDetail {
  return {
    ...toSummary(t, unread),
    entries,
    firstResponse: { minutes: t.targetMinutes, dueAt: t.dueAt },
    rating: t.rating,
    escalated: t.escalated,
  };
}

/** A ticket as agents see it (includes owner and routing fields). */
export function toAgentTicket(t: TicketRecord, unread: number) {
  return {
    ...toSummary(t, unread),
    tier: t.tier,
    team: t.team,
    escalated: t.escalated,
    dueAt: t.dueAt,
    visitor: t.visitor,
    site: t.site,
    conversationId: t.conversationId,
    email: t.email,
    rating: t.rating,
    ratingComment: t.ratingComment,
    ratingRequested: t.ratingRequested,
  };
}

/** A history line for the wire. */
export function toHistoryEntry(h: HistoryRecord) {
  return { actor: h.actor, action: h.action, detail: h.detail, at: h.at };
}
