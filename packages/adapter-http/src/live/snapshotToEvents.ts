import type { ConversationSnapshot, LiveEvent } from '@destek/protocol';

/**
 * The events a long-poll answer stands for. The server answers each poll with
 * a snapshot; the first becomes a `state` event, as a stream's connect does,
 * and later ones become what changed since the one before (new messages,
 * status, agent, queue place), so callers see the same events either way.
 */
export function snapshotToEvents(
  previous: ConversationSnapshot | undefined,
  next: ConversationSnapshot,
): LiveEvent[] {
  if (previous === undefined) return [{ type: 'state', snapshot: next }];
  const events: LiveEvent[] = [];
  if (JSON.stringify(previous.agent) !== JSON.stringify(next.agent)) {
    events.push({ type: 'agent', agent: next.agent });
  }
  if (next.queue !== null && JSON.stringify(previous.queue) !== JSON.stringify(next.queue)) {
    events.push({ type: 'queue', queue: next.queue });
  }
  for (const message of next.messages) events.push({ type: 'message', message });
  if (previous.status !== next.status) {
    events.push({ type: 'status', status: next.status, closingNote: next.closingNote });
  }
  return events;
}
