import { describe, expect, it } from 'vitest';
import {
  agentMeSchema,
  attachmentMetaSchema,
  chatMessageSchema,
  conversationSnapshotSchema,
  errorBody,
  errorBodySchema,
  identitySchema,
  LIMITS,
  liveEventSchema,
  ratingSchema,
  reportSchema,
  sessionRequestSchema,
  startConversationSchema,
  statusSchema,
  ticketReceiptSchema,
  validate,
} from '../src/index.ts';
import { attachment, copy, message, receipt, report, snapshot } from './fixtures.ts';

type Schema = Parameters<typeof validate>[0];

describe('valid fixtures', () => {
  const cases: [string, Schema, unknown][] = [
    ['report', reportSchema, report],
    ['report with only required fields', reportSchema, minimalReport()],
    ['attachment', attachmentMetaSchema, attachment],
    ['receipt', ticketReceiptSchema, receipt],
    ['chat message', chatMessageSchema, message],
    ['snapshot', conversationSnapshotSchema, snapshot],
    ['message event', liveEventSchema, { type: 'message', message }],
    ['typing event', liveEventSchema, { type: 'typing', from: 'agent', active: true }],
    ['queue event', liveEventSchema, { type: 'queue', queue: { position: 1, etaSec: 0 } }],
    ['agent event', liveEventSchema, { type: 'agent', agent: null }],
    ['status event', liveEventSchema, { type: 'status', status: 'ended', closingNote: null }],
    ['state event', liveEventSchema, { type: 'state', snapshot }],
    ['reset event', liveEventSchema, { type: 'reset', reason: 'history pruned' }],
    ['error body', errorBodySchema, errorBody('rate_limited', 'Slow down', { retryAfterMs: 5000 })],
    ['rating', ratingSchema, { score: 5, comment: 'Çok hızlı çözüldü, teşekkürler!' }],
    [
      'agent me',
      agentMeSchema,
      { id: '0b6b7f3e-2f1a-4c3d-8e9f-a1b2c3d4e5f6', name: 'Aylin', online: false },
    ],
    [
      'session request',
      sessionRequestSchema,
      { siteKey: 'pk_demo_12345678', anonId: 'a1B2c3D4e5F6g7H8', user: { id: 'u-42' } },
    ],
    [
      'status',
      statusSchema,
      {
        serverTime: '2026-11-25T21:14:00.000Z',
        protocolVersion: 1,
        agentsOnline: 2,
        businessHours: { open: true, nextOpenAt: null },
        queueLength: 0,
      },
    ],
    [
      'start conversation',
      startConversationSchema,
      {
        clientId: message.clientId,
        text: 'Bonusum hesabıma geçmedi',
        category: 'bonus',
        locale: 'tr',
        attachments: [],
        context: [],
      },
    ],
    [
      'text at its exact limit',
      reportSchema,
      { ...report, summary: 'a'.repeat(LIMITS.summaryChars) },
    ],
    ['emoji made of surrogate pairs', chatMessageSchema, { ...message, text: '👩‍💻 🇹🇷 ok' }],
    ['Azerbaijani letters', reportSchema, { ...report, summary: 'Ödənişim keçmədi, ə ğ ı ş' }],
  ];

  it.each(cases)('accepts a %s', (_name, schema, value) => {
    const result = validate(schema, value);
    expect(result).toEqual({ ok: true, value });
  });
});

function minimalReport() {
  const { errorCode, redactions, diagnostics, contact, createdAt, ...rest } = copy(report);
  return { ...rest, stepsTried: [], expected: '', attachments: [], context: [] };
}

/** Applies `change` to a copy of `base` and returns the copy. */
function changed<T>(base: T, change: (value: T) => void): T {
  const value = copy(base);
  change(value);
  return value;
}

type Loose = Record<string, unknown>;
const loose = (value: unknown) => value as Loose;

describe('invalid fixtures fail at the expected path', () => {
  const cases: [string, Schema, unknown, string][] = [
    ['an empty summary', reportSchema, { ...report, summary: '' }, 'summary'],
    [
      'an oversize summary',
      reportSchema,
      { ...report, summary: 'a'.repeat(LIMITS.summaryChars + 1) },
      'summary',
    ],
    ['a summary on two lines', reportSchema, { ...report, summary: 'one\ntwo' }, 'summary'],
    [
      'an oversize observed text',
      reportSchema,
      { ...report, observed: 'x'.repeat(LIMITS.detailChars + 1) },
      'observed',
    ],
    ['a missing observed text', reportSchema, { ...report, observed: undefined }, 'observed'],
    ['a summary of the wrong type', reportSchema, { ...report, summary: 42 }, 'summary'],
    [
      'steps that are not a list',
      reportSchema,
      { ...report, stepsTried: 'restarted' },
      'stepsTried',
    ],
    [
      'too many steps',
      reportSchema,
      { ...report, stepsTried: Array.from({ length: LIMITS.stepsTried + 1 }, () => 'step') },
      'stepsTried',
    ],
    ['an empty step', reportSchema, { ...report, stepsTried: ['ok', ''] }, 'stepsTried.1'],
    ['an unknown key', reportSchema, { ...report, severity: 'high' }, 'severity'],
    [
      'an agent without presence',
      agentMeSchema,
      { id: '0b6b7f3e-2f1a-4c3d-8e9f-a1b2c3d4e5f6', name: 'Aylin' },
      'online',
    ],
    [
      'a __proto__ key',
      reportSchema,
      JSON.parse(`{${JSON.stringify(report).slice(1, -1)},"__proto__":{"polluted":true}}`),
      '__proto__',
    ],
    [
      'a constructor key in a nested object',
      reportSchema,
      changed(report, (r) => {
        Object.assign(
          r.contact ?? {},
          JSON.parse('{"constructor":{"prototype":{"polluted":true}}}'),
        );
      }),
      'contact.constructor',
    ],
    [
      'a lone high surrogate',
      reportSchema,
      { ...report, observed: 'broken \uD800 text' },
      'observed',
    ],
    ['a lone low surrogate', chatMessageSchema, { ...message, text: '\uDC00' }, 'text'],
    ['a NUL character', reportSchema, { ...report, expected: 'a\u0000b' }, 'expected'],
    ['an unknown priority', reportSchema, { ...report, priority: 'critical' }, 'priority'],
    ['a category with capitals', reportSchema, { ...report, category: 'Payment' }, 'category'],
    [
      'a client report id that is not a UUID v4',
      reportSchema,
      { ...report, clientReportId: '1234' },
      'clientReportId',
    ],
    [
      'a sequential-looking id',
      chatMessageSchema,
      { ...message, id: '00000000-0000-0000-0000-000000000001' },
      'id',
    ],
    ['a bad locale', reportSchema, { ...report, locale: 'english please' }, 'locale'],
    [
      'an error code with markup',
      reportSchema,
      { ...report, errorCode: '<b>PMT</b>' },
      'errorCode',
    ],
    [
      'too many attachments',
      reportSchema,
      {
        ...report,
        attachments: Array.from({ length: LIMITS.attachmentsPerReport + 1 }, () => attachment),
      },
      'attachments',
    ],
    [
      'an SVG attachment',
      reportSchema,
      changed(report, (r) => {
        loose(r.attachments[0]).type = 'image/svg+xml';
      }),
      'attachments.0.type',
    ],
    [
      'an attachment over the byte limit',
      attachmentMetaSchema,
      { ...attachment, bytes: LIMITS.attachmentBytes + 1 },
      'bytes',
    ],
    ['an empty attachment', attachmentMetaSchema, { ...attachment, bytes: 0 }, 'bytes'],
    ['a fractional byte count', attachmentMetaSchema, { ...attachment, bytes: 1.5 }, 'bytes'],
    [
      'a file name with a line break',
      attachmentMetaSchema,
      { ...attachment, name: 'a\nb.png' },
      'name',
    ],
    [
      'an upper-case checksum',
      attachmentMetaSchema,
      { ...attachment, sha256: 'A'.repeat(64) },
      'sha256',
    ],
    [
      'a context fact key that is a prototype name',
      reportSchema,
      { ...report, context: [{ key: '__proto__', value: 'x' }] },
      'context.0.key',
    ],
    [
      'too many context facts',
      reportSchema,
      {
        ...report,
        context: Array.from({ length: LIMITS.facts + 1 }, () => ({ key: 'k', value: 'v' })),
      },
      'context',
    ],
    [
      'a bad contact email',
      reportSchema,
      { ...report, contact: { email: 'not-an-email' } },
      'contact.email',
    ],
    [
      'a reference with an O',
      ticketReceiptSchema,
      { ...receipt, reference: 'DT-7K3Q9O' },
      'reference',
    ],
    [
      'a reference too short',
      ticketReceiptSchema,
      { ...receipt, reference: 'DT-7K3Q9' },
      'reference',
    ],
    ['an unknown ticket status', ticketReceiptSchema, { ...receipt, status: 'deleted' }, 'status'],
    [
      'a local timestamp',
      ticketReceiptSchema,
      { ...receipt, createdAt: '25.11.2026 21:14' },
      'createdAt',
    ],
    ['an unknown author', chatMessageSchema, { ...message, from: 'admin' }, 'from'],
    ['a seq of zero', chatMessageSchema, { ...message, seq: 0 }, 'seq'],
    ['a negative seq', chatMessageSchema, { ...message, seq: -1 }, 'seq'],
    [
      'a message over its limit',
      chatMessageSchema,
      { ...message, text: 'a'.repeat(LIMITS.messageChars + 1) },
      'text',
    ],
    ['an unknown event type', liveEventSchema, { type: 'delete', id: message.id }, 'type'],
    [
      'a queue position of zero',
      liveEventSchema,
      { type: 'queue', queue: { position: 0, etaSec: 10 } },
      'queue.position',
    ],
    [
      'an extra key on an event',
      liveEventSchema,
      { type: 'typing', from: 'agent', active: true, html: '<b>' },
      'html',
    ],
    ['a rating of six', ratingSchema, { score: 6 }, 'score'],
    ['a rating of zero', ratingSchema, { score: 0 }, 'score'],
    [
      'an unknown error code',
      errorBodySchema,
      { error: { code: 'oops', message: 'x' } },
      'error.code',
    ],
    [
      'a site key without its prefix',
      sessionRequestSchema,
      { siteKey: 'demo12345678', anonId: 'a1B2c3D4e5F6g7H8' },
      'siteKey',
    ],
    [
      'a signature that is not hex',
      identitySchema,
      { id: 'u1', signature: 'z'.repeat(64) },
      'signature',
    ],
    ['a root that is not an object', reportSchema, 'report', ''],
  ];

  it.each(cases)('rejects %s', (_name, schema, value, field) => {
    const result = validate(schema, value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.field).toBe(field);
  });

  it('never pollutes Object.prototype while rejecting', () => {
    const hostile = JSON.parse('{"__proto__":{"polluted":"yes"},"summary":"x"}');
    validate(reportSchema, hostile);
    expect(({} as Loose).polluted).toBeUndefined();
  });
});
