import type { SupportClient } from '@destek/core';

/*
 * Core types the panel uses, derived from `SupportClient` so the panel depends
 * on one exported name only; they are the same types core declares.
 */

/** A validation result of one draft field (`required`, `too_long`...). */
export type FieldIssue = SupportClient['report']['issues']['value'][number];
/** One report in the outbox. */
export type OutboxEntry = Awaited<ReturnType<SupportClient['send']>>;
/** Where an outbox report is (`saved-waiting`, `retrying`...). */
export type OutboxEntryState = OutboxEntry['state']['value'];
/** Why the backend refused a report. */
export type AttentionReason = Extract<OutboxEntryState, { status: 'needs-attention' }>['reason'];
/** A configured category with its labels. */
export type ResolvedCategory = SupportClient['config']['categories'][number];
/** The report draft as the user is writing it. */
export type ReportDraft = SupportClient['report']['draft']['value'];
/** A user's ticket in the list. */
export type TicketSummary = Awaited<ReturnType<SupportClient['listTickets']>>[number];
/** A ticket with its replies. */
export type TicketDetail = Awaited<ReturnType<SupportClient['getTicket']>>;
/** Why `addFiles` refused a file, with the limit. */
export type FileRejection = ReturnType<SupportClient['addFiles']>[number];
/** What Send will send, for the review step. */
export type ReviewPreview = Awaited<ReturnType<SupportClient['review']>>;
/** One device or app fact. */
export type ContextFact = ReviewPreview['facts'][number];
/** A self-help article (the `faq` option's or the backend's). */
export type FaqArticle = SupportClient['config']['faq'][number];
