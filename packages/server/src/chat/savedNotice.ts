import type { ConversionReason } from './convertToTicket.ts';

type Notice = (reason: ConversionReason, reference: string) => string;

// The visitor reads this in the chat, in the language they chatted in.
const en: Notice = (reason, reference) =>
  `${reason === 'nobody' ? 'No agent is available right now. Your message was saved' : 'This conversation was saved'} as ${reference}; the reply will appear under My requests.`;

const tr: Notice = (reason, reference) =>
  `${reason === 'nobody' ? 'Şu anda müsait temsilci yok. Mesajınız' : 'Bu sohbet'} ${reference} numarasıyla kaydedildi; yanıt Taleplerim bölümünde görünecek.`;

const az: Notice = (reason, reference) =>
  `${reason === 'nobody' ? 'Hazırda boş əməkdaş yoxdur. Mesajınız' : 'Bu söhbət'} ${reference} nömrəsi ilə qeydə alındı; cavab Müraciətlərim bölməsində görünəcək.`;

const BY_LANGUAGE: Readonly<Record<string, Notice>> = { en, tr, az };

/**
 * The system message that tells the visitor their chat became request
 * `reference`, in the conversation's locale (`tr-TR` → Turkish; English for
 * languages without a text).
 */
export function savedNotice(locale: string, reason: ConversionReason, reference: string): string {
  const language = locale.split('-')[0]?.toLowerCase() ?? '';
  return (BY_LANGUAGE[language] ?? en)(reason, reference);
}
