import { type AttachmentMeta, LIMITS, newId } from '@destek/protocol';
import fc from 'fast-check';
import type { Fixtures } from './startFuzzRig.ts';

/**
 * Valid request bodies, one arbitrary per schema, varied enough to walk the
 * success paths; the fuzzer then mutates them (see `mutated`). Ids are fresh
 * per case (`newId` at map time) so idempotent routes keep doing real work.
 */

const id = fc.constant(null).map(() => newId());
const shortText = fc.oneof(
  fc.constantFrom('Merhaba', 'Ödeme PMT-105 hatası', 'Kartım bloke oldu', 'Pul köçürməsi'),
  fc
    .string({ minLength: 1, maxLength: 40 })
    .filter((s) => s.trim() !== '' && !/[\ud800-\udfff]/.test(s)),
);
const locale = fc.constantFrom('tr', 'en', 'az', 'tr-TR', 'en-GB');
const category = fc.constantFrom('payments', 'security', 'withdrawals', 'other');
const priority = fc.constantFrom('urgent', 'normal', 'low');
const email = fc.constantFrom('ayla@example.com', 'a.b+c@example.co.uk');
const timestamp = fc.constantFrom('2030-01-15T10:00:00.000Z', '2024-02-29T23:59:59Z');

/** The visitor's own attachment mostly; someone else's or an invented one sometimes. */
function attachments(f: Fixtures, max: number): fc.Arbitrary<AttachmentMeta[]> {
  const invented = fc
    .constant(null)
    .map((): AttachmentMeta => ({ ...f.attachment, id: newId(), sha256: 'a'.repeat(64) }));
  const one = fc.oneof(
    { weight: 6, arbitrary: fc.constant(f.attachment) },
    { weight: 1, arbitrary: fc.constant(f.otherAttachment) },
    { weight: 1, arbitrary: invented },
    { weight: 1, arbitrary: fc.constant({ ...f.attachment, bytes: f.attachment.bytes + 1 }) },
  );
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant<AttachmentMeta[]>([]) },
    { weight: 1, arbitrary: fc.array(one, { minLength: 1, maxLength: max }) },
  );
}

const context = fc.array(
  fc.record({
    key: fc.constantFrom('browser', 'os', 'app.version', 'viewport'),
    value: fc.constantFrom('Chromium 156', 'Android 15', '1.2.3', ''),
  }),
  { maxLength: 3 },
);

export function sessionBody(siteKeys: readonly string[]) {
  return fc.record(
    {
      siteKey: fc.constantFrom(...siteKeys),
      anonId: fc.constant(null).map(() => `anon_${newId().replaceAll('-', '')}`),
      user: fc.record(
        {
          id: fc.constantFrom('user-1', 'u_42'),
          email,
          name: fc.constantFrom('Ayla', 'Murat Yılmaz'),
          signature: fc.constantFrom('0'.repeat(64), 'f'.repeat(64)),
        },
        { requiredKeys: ['id'] },
      ),
    },
    { requiredKeys: ['siteKey', 'anonId'] },
  );
}

export function reportBody(f: Fixtures) {
  return fc.record(
    {
      clientReportId: id,
      summary: shortText,
      stepsTried: fc.array(shortText, { maxLength: 3 }),
      expected: fc.oneof(fc.constant(''), shortText),
      observed: shortText,
      category,
      priority,
      errorCode: fc.constantFrom('PMT-105', '2FA-03', 'KYC-512'),
      locale,
      attachments: attachments(f, LIMITS.attachmentsPerReport),
      context,
      redactions: fc.array(
        fc.record({ kind: fc.constantFrom('card', 'iban'), count: fc.integer({ min: 1, max: 3 }) }),
        {
          maxLength: 2,
        },
      ),
      diagnostics: fc.array(
        fc.record({
          id: fc.constantFrom('clock', 'network'),
          status: fc.constantFrom('ok', 'warn', 'fail', 'unknown'),
        }),
        { maxLength: 2 },
      ),
      contact: fc.record({ email, name: fc.constant('Ayla') }, { requiredKeys: [] }),
      createdAt: timestamp,
    },
    {
      requiredKeys: [
        'clientReportId',
        'summary',
        'stepsTried',
        'expected',
        'observed',
        'category',
        'priority',
        'locale',
        'attachments',
        'context',
      ],
    },
  );
}

export function startConversationBody(f: Fixtures) {
  return fc.record(
    {
      clientId: id,
      text: shortText,
      category,
      priority,
      locale,
      attachments: attachments(f, LIMITS.attachmentsPerMessage),
      context,
      email,
    },
    { requiredKeys: ['clientId', 'text', 'category', 'locale', 'attachments', 'context'] },
  );
}

export function messageBody(f: Fixtures) {
  return fc.record({
    clientId: id,
    text: fc.oneof(shortText, fc.constant('')),
    attachments: attachments(f, LIMITS.attachmentsPerMessage),
  });
}

export function ticketAdditionBody(f: Fixtures) {
  return fc.record({
    clientId: id,
    text: shortText,
    attachments: attachments(f, LIMITS.attachmentsPerMessage),
  });
}

export const typingBody = fc.record({ active: fc.boolean() });
export const readBody = fc.record({ seq: fc.integer({ min: 0, max: 20 }) });
export const ratingBody = fc.record(
  { score: fc.integer({ min: 1, max: 5 }), comment: shortText },
  { requiredKeys: ['score'] },
);
export const reasonBody = fc.record({ reason: shortText });
export const transcriptBody = fc.record({ email });
export const feedbackBody = fc.record({ helped: fc.boolean() });
export const presenceBody = fc.record({
  online: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, fc.constant(false)),
});

export function agentMessageBody(f: Fixtures) {
  return fc.record(
    {
      clientId: id,
      text: shortText,
      // Agents may not attach yet: a non-empty list is the documented 501.
      attachments: fc.oneof({ weight: 4, arbitrary: fc.constant([]) }, attachments(f, 2)),
    },
    { requiredKeys: ['clientId', 'text'] },
  );
}

export const closingNoteBody = fc.record(
  { text: shortText, nextCheckAt: timestamp },
  { requiredKeys: ['text'] },
);

export function agentReplyBody(f: Fixtures) {
  return fc.record(
    {
      clientId: id,
      text: shortText,
      attachments: fc.oneof({ weight: 4, arbitrary: fc.constant([]) }, attachments(f, 2)),
      status: fc.constantFrom('open', 'pending', 'solved'),
    },
    { requiredKeys: ['clientId', 'text'] },
  );
}

export const ticketUpdateBody = fc.record(
  {
    // Rarely closed: a closed ticket refuses every later change, and the run would see only 409s.
    status: fc.oneof(
      { weight: 12, arbitrary: fc.constantFrom('new', 'open', 'pending', 'solved', 'inactive') },
      { weight: 1, arbitrary: fc.constant('closed') },
    ),
    category,
    priority,
  },
  { requiredKeys: [] },
);

export const agentEscalationBody = fc.record(
  { team: fc.constantFrom('payments', 'security', 'tier-2'), reason: shortText },
  { requiredKeys: ['team'] },
);
