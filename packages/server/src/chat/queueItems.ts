import type { agentQueueItemSchema } from '@destek/protocol';
import type { z } from 'zod/mini';
import type { ServerContext } from '../ServerContext.ts';
import type { ConversationRecord } from '../storage/records.ts';

type QueueItem = z.output<typeof agentQueueItemSchema>;

/**
 * Conversations as `GET /v1/agent/queue` lists them, each with its first
 * message for triage. Waiting chats carry their place in line; an agent's own
 * chats (`?mine=1`) carry when they were taken instead.
 */
export async function queueItems(
  ctx: ServerContext,
  conversations: readonly ConversationRecord[],
  kind: 'waiting' | 'mine',
): Promise<QueueItem[]> {
  const items: QueueItem[] = [];
  for (const [index, conversation] of conversations.entries()) {
    const [first] = await ctx.storage.messagesAfter(conversation.id, 0, 1);
    const item: QueueItem = {
      id: conversation.id,
      status: conversation.status,
      category: conversation.category,
      priority: conversation.priority,
      locale: conversation.locale,
      createdAt: conversation.createdAt,
      position: kind === 'waiting' ? index + 1 : null,
      agentId: conversation.agentId,
      lastSeq: conversation.lastSeq,
      preview: first?.text ?? '',
    };
    if (kind === 'mine' && conversation.claimedAt !== null) item.claimedAt = conversation.claimedAt;
    items.push(item);
  }
  return items;
}
