/** The words of the server's e-mails in one language. */
export interface MailTexts {
  you: string;
  support: string;
  system: string;
  closingNote: string;
  nextCheck: string;
  replySubject(site: string, reference: string): string;
  replyIntro(agent: string, reference: string): string;
  replyOutro: string;
  transcriptSubject(site: string): string;
  transcriptIntro(site: string): string;
  savedSubject(site: string, reference: string): string;
  savedIntro(reference: string): string;
  footer(site: string): string;
}

const en: MailTexts = {
  you: 'You',
  support: 'Support',
  system: 'System',
  closingNote: 'Closing note',
  nextCheck: 'Next check',
  replySubject: (site, reference) => `[${site}] Reply to your request ${reference}`,
  replyIntro: (agent, reference) => `${agent} replied to your request ${reference}:`,
  replyOutro: 'To answer or follow the request, open "My requests" in the support window.',
  transcriptSubject: (site) => `[${site}] Your chat transcript`,
  transcriptIntro: (site) => `The transcript of your chat with ${site} support:`,
  savedSubject: (site, reference) => `[${site}] We saved your message as ${reference}`,
  savedIntro: (reference) =>
    `We saved your message as request ${reference}. Our reply will come to this address and appear under "My requests". The conversation so far:`,
  footer: (site) => `This e-mail was sent because it was asked for in the ${site} support window.`,
};

const tr: MailTexts = {
  you: 'Siz',
  support: 'Destek',
  system: 'Sistem',
  closingNote: 'Kapanış notu',
  nextCheck: 'Sonraki kontrol',
  replySubject: (site, reference) => `[${site}] ${reference} numaralı talebinize yanıt`,
  replyIntro: (agent, reference) => `${agent}, ${reference} numaralı talebinizi yanıtladı:`,
  replyOutro:
    'Yanıt vermek ya da talebi izlemek için destek penceresinde "Taleplerim" bölümünü açın.',
  transcriptSubject: (site) => `[${site}] Sohbet dökümünüz`,
  transcriptIntro: (site) => `${site} destek ekibiyle sohbetinizin dökümü:`,
  savedSubject: (site, reference) => `[${site}] Mesajınız ${reference} numarasıyla kaydedildi`,
  savedIntro: (reference) =>
    `Mesajınızı ${reference} numaralı talep olarak kaydettik. Yanıtımız bu adrese gelecek ve "Taleplerim" bölümünde görünecek. Şimdiye kadarki sohbet:`,
  footer: (site) => `Bu e-posta, ${site} destek penceresinde istendiği için gönderildi.`,
};

const az: MailTexts = {
  you: 'Siz',
  support: 'Dəstək',
  system: 'Sistem',
  closingNote: 'Bağlanış qeydi',
  nextCheck: 'Növbəti yoxlama',
  replySubject: (site, reference) => `[${site}] ${reference} nömrəli müraciətinizə cavab`,
  replyIntro: (agent, reference) => `${agent} ${reference} nömrəli müraciətinizə cavab verdi:`,
  replyOutro:
    'Cavab vermək və ya müraciəti izləmək üçün dəstək pəncərəsində "Müraciətlərim" bölməsini açın.',
  transcriptSubject: (site) => `[${site}] Söhbətinizin mətni`,
  transcriptIntro: (site) => `${site} dəstək komandası ilə söhbətinizin mətni:`,
  savedSubject: (site, reference) => `[${site}] Mesajınız ${reference} nömrəsi ilə qeydə alındı`,
  savedIntro: (reference) =>
    `Mesajınızı ${reference} nömrəli müraciət kimi qeydə aldıq. Cavabımız bu ünvana gələcək və "Müraciətlərim" bölməsində görünəcək. İndiyədək olan söhbət:`,
  footer: (site) => `Bu məktub ${site} dəstək pəncərəsində istənildiyi üçün göndərildi.`,
};

const BY_LANGUAGE: Readonly<Record<string, MailTexts>> = { en, tr, az };

/** The texts for a BCP 47 locale (`tr-TR` → Turkish); English for languages without them. */
export function mailTexts(locale: string): MailTexts {
  return BY_LANGUAGE[locale.split('-')[0]?.toLowerCase() ?? ''] ?? en;
}
