import { newId } from '@destek/protocol';
import type { HistoryRecord } from '../storage/records.ts';

/** One audit line: who (`visitor`, `system`, `agent:<id>`) did what to a ticket, when. */
export function historyLine(
  ticketId: string,
  actor: string,
  action: string,
  at: string,
  detail: Record<string, unknown> = {},
): HistoryRecord {
  return { id: newId(), ticketId, actor, action, detail, at };
}
