import type {
  agentMetricsSchema,
  agentQueueItemSchema,
  agentTicketSchema,
  historyEntrySchema,
  reportSchema,
  ticketEntrySchema,
} from '@destek/protocol';

// The wire types, straight from the schemas the server validates against.
export type QueueItem = ReturnType<typeof agentQueueItemSchema.parse>;
export type AgentTicket = ReturnType<typeof agentTicketSchema.parse>;
export type HistoryEntry = ReturnType<typeof historyEntrySchema.parse>;
export type TicketEntryItem = ReturnType<typeof ticketEntrySchema.parse>;
export type ReportBody = ReturnType<typeof reportSchema.parse>;

/** `GET /v1/agent/tickets/:id`. */
export interface AgentTicketDetail {
  ticket: AgentTicket;
  report: ReportBody | null;
  entries: TicketEntryItem[];
  history: HistoryEntry[];
}

/** Average and percentiles of a duration, in seconds; null when nothing was measured. */
export interface DurationFigures {
  avg: number | null;
  p50: number | null;
  p90: number | null;
}

type FullMetrics = ReturnType<typeof agentMetricsSchema.parse>;

/**
 * `GET /v1/agent/metrics`. `chats` and `deflections` are null from a server
 * that does not report them yet (the console is read leniently there).
 */
export interface Metrics {
  since: string;
  tickets: number;
  firstResponseSec: DurationFigures;
  resolutionSec: DurationFigures;
  firstContactResolution: number | null;
  ratingAverage: number | null;
  ratingCount: number;
  chats: FullMetrics['chats'] | null;
  deflections: FullMetrics['deflections'] | null;
}

/** One rating with its comment, from `GET /v1/agent/ratings` (newest first). */
export interface RatingItem {
  source: 'chat' | 'ticket';
  id: string;
  reference: string | null;
  score: number;
  comment: string | null;
  agentName: string | null;
  at: string;
}
