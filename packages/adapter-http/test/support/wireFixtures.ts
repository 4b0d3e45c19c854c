import {
  type ChatMessage,
  type ConversationSnapshot,
  FULL_CAPABILITIES,
  newId,
  newReference,
} from '@destek/protocol';

/** Valid wire objects for scripted answers. */
export const CAPABILITIES = FULL_CAPABILITIES;

export function sessionAnswer(token: string) {
  return {
    token,
    expiresAt: '2026-12-25T00:00:00Z',
    verified: false,
    capabilities: CAPABILITIES,
  };
}

export function receipt(clientReportId: string) {
  return {
    id: newId(),
    reference: newReference(),
    clientReportId,
    status: 'new',
    priority: 'normal',
    firstResponse: { minutes: 480, dueAt: '2026-11-26T12:00:00Z' },
    createdAt: '2026-11-25T12:00:00Z',
  };
}

export function message(seq: number, text = `message ${seq}`): ChatMessage {
  return { id: newId(), seq, from: 'agent', text, attachments: [], at: '2026-11-25T12:00:00Z' };
}

export function snapshot(
  id: string,
  lastSeq: number,
  messages: ChatMessage[] = [],
): ConversationSnapshot {
  return {
    id,
    status: 'active',
    agent: null,
    queue: null,
    lastSeq,
    messages,
    closingNote: null,
    rating: null,
    ticketReference: null,
  };
}

export const VISITOR = { anonId: 'anon_0123456789abcdef' };
export const SITE_KEY = 'pk_test_12345678';
