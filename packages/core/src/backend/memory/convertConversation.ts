import type { ChatMessage, TicketEntry } from '@destek/protocol';
import { newId } from '@destek/protocol';
import { appendMessage, emit } from './conversationOps.ts';
import { createTicket } from './createTicket.ts';
import type { MemoryContext } from './MemoryContext.ts';
import type { StoredConversation, StoredTicket } from './MemoryWorld.ts';

/** A chat message as a ticket entry: bots speak for the system there. */
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

/** The transcript as plain text, one line per message, as the e-mail carries it. */
export function transcriptText(messages: readonly ChatMessage[]): string {
  return messages
    .map((m) => `${m.from === 'agent' ? (m.author ?? 'Support') : m.from}: ${m.text}`)
    .join('\n');
}

/**
 * Turns a conversation into a ticket carrying its transcript, as the reference
 * server does: the chat ends with its `ticketReference`, a system message names
 * the reference, and the transcript is "e-mailed" when an address is known.
 * A conversation that already has its ticket returns it unchanged.
 */
export function convertConversation(
  ctx: MemoryContext,
  conversation: StoredConversation,
  why: 'nobody' | 'asked',
): StoredTicket {
  const existing =
    conversation.ticketId === null ? undefined : ctx.world.tickets.get(conversation.ticketId);
  if (existing) return existing;
  const opening = conversation.messages[0]?.text ?? '';
  const summary = (opening.split(/\r?\n/)[0] ?? '').slice(0, 200).trim() || 'Chat message';
  const ticket = createTicket(ctx, conversation.owner, {
    clientReportId: conversation.messages[0]?.clientId ?? newId(),
    summary,
    category: conversation.category,
    priority: conversation.priority,
    report: undefined,
    email: conversation.email,
  });
  // The ticket's own first response is still to come: chat replies stay in the transcript.
  ticket.detail.entries = conversation.messages.map(toEntry);
  conversation.ticketId = ticket.receipt.id;
  conversation.ticketReference = ticket.receipt.reference;
  const wasOpen = conversation.status !== 'ended';
  conversation.status = 'ended';
  const lead =
    why === 'nobody'
      ? 'No agent is available right now. Your message was saved'
      : 'This conversation was saved';
  appendMessage(
    conversation,
    'system',
    `${lead} as ${ticket.receipt.reference}; the reply will appear under My requests.`,
    ctx.clock(),
    { attachments: [] },
  );
  if (wasOpen) {
    emit(conversation, { type: 'status', status: 'ended', closingNote: conversation.closingNote });
  }
  if (conversation.email !== null) {
    ctx.world.emails.push({
      to: conversation.email,
      kind: 'transcript',
      about: conversation.id,
      text: `${ticket.receipt.reference}\n\n${transcriptText(conversation.messages)}`,
    });
  }
  return ticket;
}
