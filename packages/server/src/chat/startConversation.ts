import {
  type AttachmentMeta,
  type ConversationSnapshot,
  newId,
  type StartConversation,
} from '@destek/protocol';
import { isoNow, type ServerContext } from '../ServerContext.ts';
import type { ConversationRecord, Owner } from '../storage/records.ts';
import { historyLine } from '../tickets/historyLine.ts';
import { isUniqueViolation, newTicket } from '../tickets/newTicket.ts';
import { resolveAttachments } from '../tickets/resolveAttachments.ts';
import { broadcastQueue, snapshotOf } from './snapshot.ts';

/**
 * Starts a chat. When support is closed or nobody is online, the chat also
 * becomes a ticket at once (with a system message naming its reference), so
 * the visitor's words are answered later instead of waiting in an empty queue.
 */
export async function startConversation(
  ctx: ServerContext,
  owner: Owner,
  body: StartConversation,
): Promise<{ snapshot: ConversationSnapshot; created: boolean }> {
  const existing = await ctx.storage.findConversationByClientId(owner, body.clientId);
  if (existing) return { snapshot: await snapshotOf(ctx, existing, 0), created: false };
  const attachments = await resolveAttachments(ctx, owner, body.attachments);
  const at = isoNow(ctx);
  const priority = body.priority ?? 'normal';
  const conversation: ConversationRecord = {
    ...owner,
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
    await leaveMessage(ctx, owner, conversation, body.text, attachments);
  }
  await broadcastQueue(ctx);
  const stored = (await ctx.storage.getConversation(conversation.id)) ?? conversation;
  return { snapshot: await snapshotOf(ctx, stored, 0), created: true };
}

async function leaveMessage(
  ctx: ServerContext,
  owner: Owner,
  c: ConversationRecord,
  text: string,
  attachments: AttachmentMeta[],
): Promise<void> {
  const summary = (text.split(/\r?\n/)[0] ?? '').slice(0, 200).trim() || 'Chat message';
  for (let attempt = 0; ; attempt += 1) {
    const ticket = newTicket(ctx, owner, {
      clientReportId: c.startClientId,
      summary,
      category: c.category,
      priority: c.priority,
      report: null,
      conversationId: c.id,
    });
    try {
      await ctx.storage.createTicket(ticket, [
        historyLine(ticket.id, 'system', 'created', ticket.createdAt, { source: 'chat' }),
      ]);
      // The visitor's words in full, as the ticket's first entry: the summary is one line.
      await ctx.storage.updateTicket(ticket.id, {}, [], {
        id: newId(),
        from: 'visitor',
        text,
        attachments,
        at: ticket.createdAt,
      });
      // The chat ends here: it lives on as the ticket, and leaves the queue.
      const patch = {
        ticketId: ticket.id,
        ticketReference: ticket.reference,
        status: 'ended' as const,
        endedAt: ticket.createdAt,
      };
      const { message } = await ctx.storage.appendMessage(
        c.id,
        {
          id: newId(),
          from: 'system',
          text: `No agent is available right now. Your message was saved as ${ticket.reference}; the reply will appear under My requests.`,
          attachments: [],
          at: ticket.createdAt,
        },
        patch,
      );
      ctx.bus.publish(c.id, { type: 'message', message });
      ctx.bus.publish(c.id, { type: 'status', status: 'ended', closingNote: null });
      return;
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 4) throw error;
    }
  }
}
