import fc from 'fast-check';
import { consoleCases, elsewhereCases } from './pathCases.ts';
import type { HeaderPair } from './requestParts.ts';
import { headerValue } from './requestParts.ts';
import type { FuzzCase } from './sendCase.ts';
import type { Fixtures } from './startFuzzRig.ts';
import {
  agentEscalationBody,
  agentMessageBody,
  agentReplyBody,
  closingNoteBody,
  feedbackBody,
  messageBody,
  presenceBody,
  ratingBody,
  readBody,
  reasonBody,
  reportBody,
  sessionBody,
  startConversationBody,
  ticketAdditionBody,
  ticketUpdateBody,
  transcriptBody,
  typingBody,
} from './validBodies.ts';
import { wireCases } from './wireCases.ts';

/** How one route is fuzzed. */
export interface RouteSpec {
  /** `METHOD /path` exactly as the server registers it (`:id` for the id segment). */
  route: string;
  auth: 'none' | 'visitor' | 'agent';
  /** The ids worth aiming `:id` at. */
  ids?: (f: Fixtures) => readonly string[];
  /** Known query parameters, with valid-ish values (the fuzzer adds hostile ones). */
  query?: Readonly<Record<string, fc.Arbitrary<string>>>;
  /** A JSON body (valid ones, mutated by the fuzzer) or a multipart upload. */
  body?: 'multipart' | ((f: Fixtures) => fc.Arbitrary<unknown>);
  /** Headers of this route (an idempotency key). */
  headers?: (f: Fixtures) => fc.Arbitrary<HeaderPair[]>;
  /** A live stream that may long-poll (`?wait=`): waiting up to 30 s is its job. */
  stream?: boolean;
  /** Answers the documented `501 unsupported` to some valid input. */
  unsupported?: boolean;
  /** Cases made by hand instead of from the parts above. */
  cases?: (f: Fixtures) => fc.Arbitrary<FuzzCase>;
}

const seq = fc.oneof(
  { weight: 4, arbitrary: fc.nat({ max: 30 }).map(String) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('999999999999999', '1234567890123456', '-1', '1.5', '01'),
  },
);
const wait = fc.constantFrom('0', '0', '1', '30', '31', '99', '00', '1e1', '-0');
const since = fc.constantFrom(
  '2020-01-01T00:00:00Z',
  '2020-01-01T00:00:00.000%2B03:00',
  '9999-12-31T23:59:59Z',
  '2020-13-45T99:99:99Z',
  '0000-01-01T00:00:00Z',
  '2020-02-30T00:00:00Z',
  '2020-01-01T00:00:00%2B99:00',
  '2020-01-01Tnope',
);
const limit = fc.oneof(
  fc.integer({ min: 0, max: 600 }).map(String),
  fc.constantFrom('1', '500', '501', '999', '0500'),
);
const locale = fc.constantFrom(
  'tr',
  'en',
  'az',
  'tr-TR',
  'x',
  'en_US',
  '%3Cscript%3E',
  'zh-Hant-TW',
);

const idempotencyKey = fc.oneof(
  { weight: 6, arbitrary: fc.uuid().map((key): HeaderPair[] => [['idempotency-key', key]]) },
  {
    weight: 2,
    arbitrary: fc
      .constantFrom('fuzz-key-1', 'fuzz-key-2')
      .map((key): HeaderPair[] => [['idempotency-key', key]]),
  },
  {
    weight: 2,
    arbitrary: fc.oneof(
      fc.constant<HeaderPair[]>([]),
      headerValue.map((key): HeaderPair[] => [['idempotency-key', key]]),
      fc.constant<HeaderPair[]>([['idempotency-key', 'k'.repeat(256)]]),
      fc.constant<HeaderPair[]>([
        ['idempotency-key', 'fuzz-a'],
        ['idempotency-key', 'fuzz-b'],
      ]),
    ),
  },
);

const conversations = (f: Fixtures) => [...f.conversations, f.otherConversation];
const tickets = (f: Fixtures) => [...f.tickets, f.otherTicket];
const attachments = (f: Fixtures) => [f.attachment.id, f.otherAttachment.id];

/** Every route the server registers, and how each is fuzzed. */
export const ROUTES: readonly RouteSpec[] = [
  { route: 'GET /v1/status', auth: 'none' },
  {
    route: 'GET /v1/faq',
    auth: 'none',
    query: { q: fc.constantFrom('2fa', 'PMT', 'kod', ''), locale },
  },
  {
    route: 'POST /v1/sessions',
    auth: 'none',
    body: () => sessionBody(['pk_test_shop_0001', 'pk_test_other_0002']),
  },
  {
    route: 'POST /v1/faq/:id/feedback',
    auth: 'visitor',
    ids: () => ['otp-not-received', 'para-yatirma', 'no-such-article', 'UPPER'],
    body: () => feedbackBody,
  },
  { route: 'POST /v1/attachments', auth: 'visitor', body: 'multipart' },
  { route: 'GET /v1/attachments/:id', auth: 'visitor', ids: attachments },
  { route: 'POST /v1/reports', auth: 'visitor', body: reportBody, headers: () => idempotencyKey },
  { route: 'GET /v1/tickets', auth: 'visitor' },
  { route: 'GET /v1/tickets/:id', auth: 'visitor', ids: tickets },
  {
    route: 'POST /v1/tickets/:id/entries',
    auth: 'visitor',
    ids: tickets,
    body: ticketAdditionBody,
  },
  {
    route: 'POST /v1/tickets/:id/escalation',
    auth: 'visitor',
    ids: tickets,
    body: () => reasonBody,
  },
  { route: 'POST /v1/tickets/:id/rating', auth: 'visitor', ids: tickets, body: () => ratingBody },
  { route: 'POST /v1/conversations', auth: 'visitor', body: startConversationBody },
  {
    route: 'GET /v1/conversations/:id',
    auth: 'visitor',
    ids: conversations,
    query: { after: seq },
  },
  {
    route: 'GET /v1/conversations/:id/events',
    auth: 'visitor',
    ids: conversations,
    query: { after: seq, wait },
    stream: true,
  },
  {
    route: 'POST /v1/conversations/:id/messages',
    auth: 'visitor',
    ids: conversations,
    body: messageBody,
  },
  {
    route: 'POST /v1/conversations/:id/typing',
    auth: 'visitor',
    ids: conversations,
    body: () => typingBody,
  },
  {
    route: 'POST /v1/conversations/:id/read',
    auth: 'visitor',
    ids: conversations,
    body: () => readBody,
  },
  {
    route: 'POST /v1/conversations/:id/close',
    auth: 'visitor',
    ids: conversations,
    query: { after: seq },
  },
  {
    route: 'POST /v1/conversations/:id/rating',
    auth: 'visitor',
    ids: conversations,
    query: { after: seq },
    body: () => ratingBody,
  },
  { route: 'POST /v1/conversations/:id/ticket', auth: 'visitor', ids: conversations },
  {
    route: 'POST /v1/conversations/:id/transcript',
    auth: 'visitor',
    ids: conversations,
    body: () => transcriptBody,
  },
  { route: 'POST /v1/agent/presence', auth: 'agent', body: () => presenceBody },
  { route: 'GET /v1/agent/me', auth: 'agent' },
  {
    route: 'GET /v1/agent/queue',
    auth: 'agent',
    query: { mine: fc.constantFrom('0', '1', 'true', '') },
  },
  { route: 'POST /v1/agent/conversations/:id/claim', auth: 'agent', ids: conversations },
  {
    route: 'GET /v1/agent/conversations/:id',
    auth: 'agent',
    ids: conversations,
    query: { after: seq },
  },
  {
    route: 'GET /v1/agent/conversations/:id/events',
    auth: 'agent',
    ids: conversations,
    query: { after: seq, wait },
    stream: true,
  },
  {
    route: 'POST /v1/agent/conversations/:id/messages',
    auth: 'agent',
    ids: conversations,
    body: agentMessageBody,
    unsupported: true,
  },
  {
    route: 'POST /v1/agent/conversations/:id/typing',
    auth: 'agent',
    ids: conversations,
    body: () => typingBody,
  },
  {
    route: 'POST /v1/agent/conversations/:id/close',
    auth: 'agent',
    ids: conversations,
    body: () => closingNoteBody,
  },
  { route: 'GET /v1/agent/attachments/:id', auth: 'agent', ids: attachments },
  {
    route: 'GET /v1/agent/tickets',
    auth: 'agent',
    query: { status: fc.constantFrom('new', 'open', 'closed', 'NEW', 'nope'), limit },
  },
  { route: 'GET /v1/agent/tickets/:id', auth: 'agent', ids: tickets },
  {
    route: 'POST /v1/agent/tickets/:id/replies',
    auth: 'agent',
    ids: tickets,
    body: agentReplyBody,
    unsupported: true,
  },
  {
    route: 'POST /v1/agent/tickets/:id/update',
    auth: 'agent',
    ids: tickets,
    body: () => ticketUpdateBody,
  },
  {
    route: 'POST /v1/agent/tickets/:id/escalation',
    auth: 'agent',
    ids: tickets,
    body: () => agentEscalationBody,
  },
  { route: 'POST /v1/agent/tickets/:id/rating-request', auth: 'agent', ids: tickets },
  { route: 'GET /v1/agent/metrics', auth: 'agent', query: { since } },
  { route: 'GET /v1/agent/canned', auth: 'agent', query: { locale } },
  { route: 'GET /v1/agent/ratings', auth: 'agent', query: { since, limit } },
  { route: 'GET /console', auth: 'none', query: { x: fc.constant('1') } },
  { route: 'GET /console/*', auth: 'none', cases: () => consoleCases },
];

/** Not a route: every other path and method, which must all be a clean 404 (or 204 preflight). */
export const ELSEWHERE: RouteSpec = {
  route: 'ANY elsewhere',
  auth: 'none',
  cases: () => elsewhereCases,
};

/** Not a route either: requests written as bytes, malformed below what HTTP clients send. */
export const WIRE: RouteSpec = { route: 'ANY malformed HTTP', auth: 'none', cases: wireCases };
