import { newId } from '@destek/protocol';
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

/** One call per capability that a backend must refuse when the capability is off. */
export function unsupportedCalls(
  backend: SupportBackend,
): Array<[keyof BackendCapabilities, () => Promise<unknown>]> {
  const id = newId();
  return [
    ['tickets', () => backend.listTickets()],
    [
      'attachments',
      () => backend.uploadAttachment(new Blob(['x'], { type: 'text/plain' }), 'a.txt'),
    ],
    ['liveChat', () => backend.getConversation(id)],
    ['typing', () => backend.setTyping(id, true)],
    ['rating', () => backend.rateTicket(id, { score: 4 })],
    ['faq', () => backend.searchFaq({ q: 'şifre' })],
  ];
}
