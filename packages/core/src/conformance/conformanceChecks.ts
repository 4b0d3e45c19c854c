import { newId, type StartConversation } from '@destek/protocol';
import { expect } from 'vitest';
import type { BackendCapabilities, SupportBackend } from '../backend/SupportBackend.ts';
import { BackendError, type BackendErrorCode } from '../errors/BackendError.ts';

/** Awaits a call that must fail with a BackendError of `code`, and returns the error. */
export async function expectBackendError(
  call: Promise<unknown>,
  code: BackendErrorCode,
): Promise<BackendError> {
  const outcome = await call.then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(outcome, `expected a BackendError('${code}')`).toBeInstanceOf(BackendError);
  const error = outcome as BackendError;
  expect(error.code).toBe(code);
  return error;
}

/** A chat start as the widget sends it, in Turkish, with nothing attached. */
export function chatStart(text = 'Merhaba, ödemem görünmüyor'): StartConversation {
  return {
    clientId: newId(),
    text,
    category: 'payment',
    locale: 'tr',
    attachments: [],
    context: [],
  };
}

/**
 * One call per capability that a backend must refuse as `unsupported` when any
 * capability it needs is off (and never refuse so when all are on).
 */
export function unsupportedCalls(
  backend: SupportBackend,
): Array<[(keyof BackendCapabilities)[], () => Promise<unknown>]> {
  const id = newId();
  return [
    [['tickets'], () => backend.listTickets()],
    [
      ['attachments'],
      () => backend.uploadAttachment(new Blob(['x'], { type: 'text/plain' }), 'a.txt'),
    ],
    [['liveChat'], () => backend.getConversation(id)],
    [['typing'], () => backend.setTyping(id, true)],
    [['rating'], () => backend.rateTicket(id, { score: 4 })],
    [['faq'], () => backend.searchFaq({ q: 'şifre' })],
    [['faq'], () => backend.faqFeedback('no-such-article', true)],
    [['liveChat', 'tickets'], () => backend.convertToTicket(id)],
    [['liveChat', 'email'], () => backend.emailTranscript(id, 'visitor@example.com')],
  ];
}
