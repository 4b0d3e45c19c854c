import type { ConversationRecord, RatingRecord, TicketRecord } from '../records.ts';
import type { MetricsRow } from '../Storage.ts';
import type { Db } from './openDatabase.ts';
import type { DataRow } from './rows.ts';

const seconds = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 1000;

function records<T>(db: Db, sql: string, ...args: unknown[]): T[] {
  return (db.prepare(sql).all(...args) as DataRow[]).map((r) => JSON.parse(r.data) as T);
}

/**
 * The raw figures behind `GET /v1/agent/metrics`, over tickets and chats
 * created since `since` and FAQ answers given since then. Records are read
 * whole: the reference server's volumes make one pass cheaper than indexes
 * on JSON fields.
 */
export function readMetrics(db: Db, since: string): MetricsRow {
  const tickets = records<TicketRecord>(
    db,
    'SELECT data FROM tickets WHERE created_at >= ?',
    since,
  );
  const out: MetricsRow = {
    tickets: tickets.length,
    firstResponseSec: [],
    resolutionSec: [],
    solved: 0,
    solvedOnFirstContact: 0,
    ratings: [],
    chats: {
      started: 0,
      answered: 0,
      becameTickets: 0,
      firstResponseSec: [],
      resolutionSec: [],
      answeredEnded: 0,
    },
    feedback: [],
  };
  for (const t of tickets) {
    if (t.firstRespondedAt) out.firstResponseSec.push(seconds(t.createdAt, t.firstRespondedAt));
    if (t.resolvedAt) {
      out.resolutionSec.push(seconds(t.createdAt, t.resolvedAt));
      out.solved += 1;
      if (t.replyCount === 1) out.solvedOnFirstContact += 1;
    }
    if (t.rating !== null) out.ratings.push(t.rating);
  }
  const chats = records<ConversationRecord>(
    db,
    'SELECT data FROM conversations WHERE created_at >= ?',
    since,
  );
  for (const c of chats) {
    out.chats.started += 1;
    if (c.ticketId !== null) out.chats.becameTickets += 1;
    // A chat rated after it became a ticket has its rating on the ticket, counted above.
    if (c.rating !== null && c.ticketId === null) out.ratings.push(c.rating);
    if (c.firstAgentReplyAt === null) continue;
    out.chats.answered += 1;
    out.chats.firstResponseSec.push(seconds(c.createdAt, c.firstAgentReplyAt));
    if (c.status !== 'ended' || c.endedAt === null) continue;
    out.chats.answeredEnded += 1;
    if (c.ticketId === null) out.chats.resolutionSec.push(seconds(c.createdAt, c.endedAt));
  }
  const feedback = db
    .prepare(
      `SELECT article_id AS articleId, SUM(helped) AS helped, SUM(1 - helped) AS notHelped
       FROM faq_feedback WHERE at >= ? GROUP BY article_id ORDER BY SUM(helped) DESC, article_id`,
    )
    .all(since) as { articleId: string; helped: number; notHelped: number }[];
  out.feedback = feedback;
  return out;
}

/**
 * Ratings given since `since`, newest first: every rated chat, and every
 * ticket its owner rated directly (a chat's rating copied onto its ticket is
 * listed once, as the chat's).
 */
export function readRatings(db: Db, since: string, limit: number): RatingRecord[] {
  const out: RatingRecord[] = [];
  const chats = records<ConversationRecord>(
    db,
    "SELECT data FROM conversations WHERE json_extract(data, '$.ratedAt') >= ?",
    since,
  );
  for (const c of chats) {
    if (c.rating === null || c.ratedAt === null) continue;
    out.push({
      source: 'chat',
      id: c.id,
      reference: c.ticketReference,
      score: c.rating,
      comment: c.ratingComment,
      agentName: c.agentName,
      at: c.ratedAt,
    });
  }
  const tickets = records<TicketRecord>(
    db,
    "SELECT data FROM tickets WHERE json_extract(data, '$.ratedAt') >= ?",
    since,
  );
  for (const t of tickets) {
    if (t.rating === null || t.ratedAt === null) continue;
    out.push({
      source: 'ticket',
      id: t.id,
      reference: t.reference,
      score: t.rating,
      comment: t.ratingComment,
      agentName: null,
      at: t.ratedAt,
    });
  }
  return out.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0)).slice(0, limit);
}
