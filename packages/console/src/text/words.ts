import type { Priority, TicketStatus } from '@destek/protocol';

/** Ticket statuses as agents say them. */
export const STATUS_WORDS: Readonly<Record<TicketStatus, string>> = {
  new: 'New',
  open: 'Open',
  pending: 'Pending (waiting on the user)',
  solved: 'Solved',
  closed: 'Closed',
  inactive: 'Inactive',
};

/** Short status words for badges and lists. */
export const STATUS_SHORT: Readonly<Record<TicketStatus, string>> = {
  new: 'New',
  open: 'Open',
  pending: 'Pending',
  solved: 'Solved',
  closed: 'Closed',
  inactive: 'Inactive',
};

export const PRIORITY_WORDS: Readonly<Record<Priority, string>> = {
  urgent: 'Urgent',
  normal: 'Normal',
  low: 'Low',
};

/** History actions as sentences' verbs. */
export const HISTORY_WORDS: Readonly<Record<string, string>> = {
  created: 'created the ticket',
  replied: 'replied',
  added_information: 'added information',
  status_changed: 'changed the status',
  category_changed: 'changed the category',
  priority_changed: 'changed the priority',
  escalated: 'escalated',
  rating_requested: 'asked for a rating',
  rated: 'rated',
};

/** Who did it, from a history actor (`visitor`, `system`, `agent:<id>`). */
export function actorWords(actor: string, myId: string | null): string {
  if (actor === 'visitor') return 'The user';
  if (actor === 'system') return 'The system';
  if (actor.startsWith('agent:')) {
    const id = actor.slice(6);
    return id === myId ? 'You' : `Agent ${id.slice(0, 8)}`;
  }
  return actor;
}
