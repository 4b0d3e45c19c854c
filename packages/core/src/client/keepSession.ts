import type { ErrorCode } from '@destek/protocol';
import { type ReadonlySignal, signal } from '@preact/signals-core';
import type { SupportBackend, Visitor } from '../backend/SupportBackend.ts';
import { BackendError } from '../errors/BackendError.ts';
import { readonly } from '../state/readonly.ts';

/** Calls that need the visitor's session; a refusal as `unauthorized` reopens it once. */
const SESSION_CALLS = [
  'status',
  'uploadAttachment',
  'submitReport',
  'listTickets',
  'getTicket',
  'addToTicket',
  'escalateTicket',
  'rateTicket',
  'searchFaq',
  'startConversation',
  'getConversation',
  'sendMessage',
  'setTyping',
  'markRead',
  'closeConversation',
  'rateConversation',
  'convertToTicket',
  'emailTranscript',
  'faqFeedback',
] as const satisfies readonly (keyof SupportBackend)[];

type SessionCall = (typeof SESSION_CALLS)[number];

/**
 * Where the visitor's session is. `refused` means the backend turned the site
 * itself away (`unknown_site`, `origin_not_allowed`) or the signed identity
 * (`identity_rejected`): retrying cannot help until someone fixes the site's
 * configuration, so the UI should say so instead of "session expired".
 */
export type SessionState =
  | { status: 'closed' }
  | { status: 'open' }
  | { status: 'refused'; reason: ErrorCode };

/** Refusals of the site or identity, as opposed to a lapsed session or the network. */
const REFUSALS: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'unknown_site',
  'origin_not_allowed',
  'identity_rejected',
]);

/**
 * A backend whose session is opened on demand and reopened when it lapses.
 * Its `connect` changes who the visitor is (identify, sign-out) and opens a
 * session for them.
 */
export interface SessionBackend extends SupportBackend {
  readonly session: ReadonlySignal<SessionState>;
}

/**
 * Wraps `backend` so that no caller has to manage the session: the first call
 * opens it, a session that failed to open (offline at start) is retried
 * before the next call, and one that expired (`unauthorized`) is reopened and
 * the call repeated once. The outbox, which knows nothing of visitors, can
 * then just retry.
 */
export function keepSession(backend: SupportBackend, initial: Visitor): SessionBackend {
  let visitor = initial;
  let session: Promise<void> | null = null;
  const state = signal<SessionState>({ status: 'closed' });
  const open = (): Promise<void> => {
    if (!session) {
      const attempt = backend.connect(visitor);
      session = attempt;
      attempt.then(
        () => {
          if (session === attempt) state.value = { status: 'open' };
        },
        (error: unknown) => {
          if (session !== attempt) return;
          session = null;
          const wireCode = error instanceof BackendError ? error.wireCode : undefined;
          state.value =
            wireCode !== undefined && REFUSALS.has(wireCode)
              ? { status: 'refused', reason: wireCode }
              : { status: 'closed' };
        },
      );
    }
    return session;
  };
  const reopen = (): Promise<void> => {
    session = null;
    return open();
  };

  const wrapped = Object.create(backend) as SessionBackend;
  for (const name of SESSION_CALLS) {
    const method = backend[name] as (...args: unknown[]) => Promise<unknown>;
    const call = async (...args: unknown[]) => {
      await open();
      try {
        return await method.apply(backend, args);
      } catch (error) {
        if (!(error instanceof BackendError) || error.code !== 'unauthorized') throw error;
        await reopen();
        return method.apply(backend, args);
      }
    };
    Object.defineProperty(wrapped, name satisfies SessionCall, { value: call });
  }
  Object.defineProperty(wrapped, 'connect', {
    value: (next: Visitor) => {
      visitor = next;
      return reopen();
    },
  });
  Object.defineProperty(wrapped, 'session', { value: readonly(state) });
  return wrapped;
}
