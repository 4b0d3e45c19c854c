import { type ConversationSnapshot, newId, type StartConversation } from '@destek/protocol';
import type { VisitorSession } from '../http/visitorToken.ts';
import { isoNow, type ServerContext } from '../ServerContext.ts';
import type { ConversationRecord } from '../storage/records.ts';
import { resolveAttachments } from '../tickets/resolveAttachments.ts';
import { convertToTicket } from './convertToTicket.ts';
import { broadcastQueue, snapshotOf } from './snapshot.ts';

/**
 * Starts a chat. When support is closed or nobody is online, the chat also
 * becomes a ticket at once (with a system message naming its reference), so
 * the visitor's words are answered later instead of waiting in an empty queue.
 */
export async function startConversation(
  ctx: ServerContext,
  owner: VisitorSession,
  body: StartConversation,
): Promise<{ snapshot: ConversationSnapshot; created: boolean }> {
  const existing = await ctx.storage.findConversationByClientId(owner, body.clientId);
  if (existing) return { snapshot: await snapshotOf(ctx, existing, 0), created: false };
  const attachments = await resolveAttachments(ctx, owner, body.attachments);
  const at = isoNow(ctx);
  const priority = body.priority ?? 'normal';
  const conversation: ConversationRecord = {
    site: owner.site,
    visitor: owner.visitor,
    id: newId(),
    startClientId: body.clientId,
    status: 'queued',
    agentId: null,
    agentName: null,
    category: body.category,
    priority,
    locale: body.locale,
    lastSeq: 0,
    closingNote: null,
    rating: null,
    ratingComment: null,
    ratedAt: null,
    // An address typed for this chat wins over the identity's: it is the latest word.
    email: body.email ?? owner.email,
    ticketId: null,
    ticketReference: null,
    visitorReadSeq: 0,
    createdAt: at,
    updatedAt: at,
    claimedAt: null,
    firstAgentReplyAt: null,
    endedAt: null,
  };
  await ctx.storage.createConversation(conversation, {
    id: newId(),
    clientId: body.clientId,
    from: 'visitor',
    text: body.text,
    attachments,
    at,
  });
  const now = ctx.clock();
  if (!ctx.hours.isOpen(now) || ctx.presence.online(now) === 0) {
    await convertToTicket(ctx, conversation.id, 'nobody');
  }
  await broadcastQueue(ctx);
  const stored = (await ctx.storage.getConversation(conversation.id)) ?? conversation;
  return { snapshot: await snapshotOf(ctx, stored, 0), created: true };
}
