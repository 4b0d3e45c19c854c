import type {
  AttachmentMeta,
  ChatMessage,
  ConversationSnapshot,
  Report,
  TicketReceipt,
} from '../src/index.ts';

/** Valid wire objects; tests derive invalid ones from copies of these. */
export const attachment: AttachmentMeta = {
  id: '0b3c7a52-9f1e-4d2a-8c6b-5e4f3a2b1c0d',
  name: 'ödeme-ekranı.png',
  type: 'image/png',
  bytes: 48_213,
  sha256: 'a'.repeat(64),
  width: 1280,
  height: 800,
};

export const report: Report = {
  clientReportId: '5d2c1b0a-3e4f-4a5b-9c6d-7e8f9a0b1c2d',
  summary: 'Para yatırma başarısız oluyor — Hata Kodu PMT-105',
  stepsTried: ['Uygulamayı yeniden başlattım', 'Başka bir kart denedim'],
  expected: 'Bakiyemin 500 TL artması',
  observed: 'Ekranda "PMT-105: işlem reddedildi" yazıyor ve para hesaptan çekildi.',
  category: 'payment',
  priority: 'urgent',
  errorCode: 'PMT-105',
  locale: 'tr-TR',
  attachments: [attachment],
  context: [
    { key: 'app.version', value: '4.12.0 (build 812)' },
    { key: 'browser', value: 'Chromium 156' },
  ],
  redactions: [{ kind: 'card', count: 1 }],
  diagnostics: [{ id: 'clock-skew', status: 'warn', value: '241 s' }],
  contact: { email: 'ayse@example.com', name: 'Ayşe' },
  createdAt: '2026-11-25T21:14:00.000Z',
};

export const receipt: TicketReceipt = {
  id: '9a8b7c6d-5e4f-4321-8fed-cba987654321',
  reference: 'DT-7K3Q9M',
  clientReportId: report.clientReportId,
  status: 'new',
  priority: 'urgent',
  firstResponse: { minutes: 60, dueAt: '2026-11-25T22:14:00.000Z' },
  createdAt: '2026-11-25T21:14:02.000Z',
};

export const message: ChatMessage = {
  id: '1f2e3d4c-5b6a-4798-a6b5-c4d3e2f1a0b9',
  seq: 3,
  clientId: '2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d',
  from: 'visitor',
  text: 'Merhaba, 2FA-03 kodu geliyor.',
  attachments: [],
  at: '2026-11-25T21:15:00.000Z',
};

export const snapshot: ConversationSnapshot = {
  id: '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f',
  status: 'queued',
  agent: null,
  queue: { position: 2, etaSec: 180 },
  lastSeq: 3,
  messages: [message],
  closingNote: null,
  rating: null,
  ticketReference: null,
};

/** A deep copy that tests may change freely. */
export function copy<T>(value: T): T {
  return structuredClone(value);
}
