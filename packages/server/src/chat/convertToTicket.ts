import { type ChatMessage, newId, type TicketEntry } from '@destek/protocol';
import { transcriptMail } from '../mail/composeMail.ts';
import { isoNow, type ServerContext } from '../ServerContext.ts';
import type { ConversationRecord, TicketRecord } from '../storage/records.ts';
import type { ConversionPlan } from '../storage/Storage.ts';
import { historyLine } from '../tickets/historyLine.ts';
import { isUniqueViolation, newTicket } from '../tickets/newTicket.ts';
import { savedNotice } from './savedNotice.ts';
import { broadcastQueue } from './snapshot.ts';

/** Why a chat becomes a ticket: nobody could take it, or the visitor asked. */
export type ConversionReason = 'nobody' | 'asked';

/** A chat message as a ticket entry, keeping its time; bots speak for the system there. */
function toEntry(message: ChatMessage): TicketEntry {
  const from = message.from === 'bot' ? 'system' : message.from;
  return {
    id: newId(),
    from,
    ...(from === 'agent' && message.author !== undefined ? { author: message.author } : {}),
    text: message.text,
    attachments: message.attachments,
    at: message.at,
  };
}

/**
 * Turns a conversation into a ticket carrying its transcript, in one
 * transaction: the ticket and its entries, the chat's end with its
 * `ticketReference`, and a system message naming the reference. Idempotent:
 * a conversation that already has its ticket gets it back unchanged. Then
 * tells the live stream and, when the visitor left an address, e-mails them
 * the transcript (in the background). Null when there is no such conversation.
 */
export async function convertToTicket(
  ctx: ServerContext,
  conversationId: string,
  reason: ConversionReason,
): Promise<{ ticket: TicketRecord; created: boolean } | null> {
  let transcript: ChatMessage[] = [];
  const plan = (conversation: ConversationRecord, messages: ChatMessage[]): ConversionPlan => {
    transcript = messages;
    const opening = messages[0]?.text ?? '';
    const ticket = newTicket(ctx, conversation, {
      clientReportId: conversation.startClientId,
      summary: (opening.split(/\r?\n/)[0] ?? '').slice(0, 200).trim() || 'Chat message',
      category: conversation.category,
      priority: conversation.priority,
      report: null,
      conversationId: conversation.id,
      email: conversation.email,
      locale: conversation.locale,
    });
    const at = ticket.createdAt;
    return {
      ticket,
      entries: messages.map(toEntry),
      history: [historyLine(ticket.id, 'system', 'created', at, { source: 'chat', reason })],
      message: {
        id: newId(),
        from: 'system',
        text: savedNotice(conversation.locale, reason, ticket.reference),
        attachments: [],
        at,
      },
      patch: {
        ticketId: ticket.id,
        ticketReference: ticket.reference,
        status: 'ended',
        endedAt: conversation.endedAt ?? at,
        updatedAt: isoNow(ctx),
      },
    };
  };
  for (let attempt = 0; ; attempt += 1) {
    try {
      const result = await ctx.storage.convertConversation(conversationId, plan);
      if (!result) return null;
      if (!result.created || !result.message) return { ticket: result.ticket, created: false };
      const { before, ticket, message } = result;
      ctx.bus.publish(conversationId, { type: 'message', message });
      if (before.status !== 'ended') {
        ctx.bus.publish(conversationId, {
          type: 'status',
          status: 'ended',
          closingNote: before.closingNote,
        });
      }
      if (before.status === 'queued') await broadcastQueue(ctx);
      if (ticket.email !== null && ctx.mail) {
        ctx.mail.send(
          transcriptMail({
            to: ticket.email,
            site: ctx.sites.get(ticket.site)?.name ?? ticket.site,
            locale: ticket.locale,
            messages: transcript,
            closingNote: before.closingNote,
            reference: ticket.reference,
          }),
        );
      }
      return { ticket, created: true };
    } catch (error) {
      // A clash of random references: plan again with a new one.
      if (!isUniqueViolation(error) || attempt >= 4) throw error;
    }
  }
}
