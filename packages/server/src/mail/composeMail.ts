import type { ChatMessage, ClosingNote, TicketEntry } from '@destek/protocol';
import type { MailMessage } from './Mailer.ts';
import { type MailTexts, mailTexts } from './mailTexts.ts';

/** `2026-03-01 12:04 UTC`: readable in every language, and never ambiguous about the zone. */
function stamp(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

function speaker(message: ChatMessage, texts: MailTexts): string {
  if (message.from === 'visitor') return texts.you;
  if (message.from === 'system') return texts.system;
  return message.author ?? texts.support;
}

/** The conversation as plain text: a heading line per message, then its words as typed. */
export function transcriptBody(
  messages: readonly ChatMessage[],
  closingNote: ClosingNote | null,
  texts: MailTexts,
): string {
  const blocks = messages.map((m) => {
    const files = m.attachments.map((a) => `[${a.name}]`).join(' ');
    return `${stamp(m.at)} · ${speaker(m, texts)}\n${m.text}${files ? `\n${files}` : ''}`;
  });
  if (closingNote) {
    const next = closingNote.nextCheckAt
      ? `\n${texts.nextCheck}: ${stamp(closingNote.nextCheckAt)}`
      : '';
    blocks.push(`${texts.closingNote}:\n${closingNote.text}${next}`);
  }
  return blocks.join('\n\n');
}

/** Where a chat's transcript goes, on request or when the chat became a ticket. */
export interface TranscriptMail {
  to: string;
  site: string;
  locale: string;
  messages: readonly ChatMessage[];
  closingNote: ClosingNote | null;
  /** Set when the chat was saved as a ticket: the mail then says so and names it. */
  reference?: string;
}

export function transcriptMail(mail: TranscriptMail): MailMessage {
  const texts = mailTexts(mail.locale);
  const intro =
    mail.reference === undefined
      ? texts.transcriptIntro(mail.site)
      : texts.savedIntro(mail.reference);
  const subject =
    mail.reference === undefined
      ? texts.transcriptSubject(mail.site)
      : texts.savedSubject(mail.site, mail.reference);
  const body = transcriptBody(mail.messages, mail.closingNote, texts);
  return {
    to: mail.to,
    subject,
    text: `${intro}\n\n${body}\n\n-- \n${texts.footer(mail.site)}\n`,
  };
}

/** An agent's reply on a ticket, for the visitor's inbox. */
export function ticketReplyMail(mail: {
  to: string;
  site: string;
  locale: string;
  reference: string;
  entry: TicketEntry;
}): MailMessage {
  const texts = mailTexts(mail.locale);
  const agent = mail.entry.author ?? texts.support;
  return {
    to: mail.to,
    subject: texts.replySubject(mail.site, mail.reference),
    text: `${texts.replyIntro(agent, mail.reference)}\n\n${mail.entry.text}\n\n${texts.replyOutro}\n\n-- \n${texts.footer(mail.site)}\n`,
  };
}
