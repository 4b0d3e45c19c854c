import type { Agent, ConversationSnapshot, QueueState } from '@destek/protocol';
import type { ServerContext } from '../ServerContext.ts';
import type { ConversationRecord } from '../storage/records.ts';

/** Messages per snapshot; a longer gap is paged out as message events. */
export const SNAPSHOT_MESSAGES = 500;

/** The agent of a conversation, as the wire shows it. */
export function agentOf(c: ConversationRecord): Agent | null {
  return c.agentId !== null && c.agentName !== null ? { id: c.agentId, name: c.agentName } : null;
}

/** Place and wait estimate of a queued conversation. */
export async function queueStateOf(ctx: ServerContext, id: string): Promise<QueueState | null> {
  const queued = await ctx.storage.queuedConversations();
  const index = queued.findIndex((c) => c.id === id);
  if (index < 0) return null;
  const agents = Math.max(1, ctx.presence.online(ctx.clock()));
  return {
    position: index + 1,
    etaSec: Math.ceil(((index + 1) * ctx.config.averageHandleSec) / agents),
  };
}

/** Everything a client needs after (re)connecting, with the messages after `after`. */
export async function snapshotOf(
  ctx: ServerContext,
  c: ConversationRecord,
  after: number,
): Promise<ConversationSnapshot> {
  return {
    id: c.id,
    status: c.status,
    agent: agentOf(c),
    queue: c.status === 'queued' ? await queueStateOf(ctx, c.id) : null,
    lastSeq: c.lastSeq,
    messages: await ctx.storage.messagesAfter(c.id, after, SNAPSHOT_MESSAGES),
    closingNote: c.closingNote,
    rating: c.rating,
    ...(c.ratingComment === null ? {} : { ratingComment: c.ratingComment }),
    ticketReference: c.ticketReference,
  };
}

/** Tells every queued conversation its new place, after the queue moved. */
export async function broadcastQueue(ctx: ServerContext): Promise<void> {
  const queued = await ctx.storage.queuedConversations();
  const agents = Math.max(1, ctx.presence.online(ctx.clock()));
  queued.forEach((c, index) => {
    ctx.bus.publish(c.id, {
      type: 'queue',
      queue: {
        position: index + 1,
        etaSec: Math.ceil(((index + 1) * ctx.config.averageHandleSec) / agents),
      },
    });
  });
}
