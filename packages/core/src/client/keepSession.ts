import type { SupportBackend, Visitor } from '../backend/SupportBackend.ts';
import { BackendError } from '../errors/BackendError.ts';

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
] as const satisfies readonly (keyof SupportBackend)[];

type SessionCall = (typeof SESSION_CALLS)[number];

/** A backend whose session is opened on demand and reopened when it lapses. */
export interface SessionBackend extends SupportBackend {
  /** Changes who the visitor is (identify, sign-out) and opens a session for them. */
  setVisitor(visitor: Visitor): Promise<void>;
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
  const open = (): Promise<void> => {
    if (!session) {
      const attempt = backend.connect(visitor);
      session = attempt;
      attempt.catch(() => {
        if (session === attempt) session = null;
      });
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
  Object.defineProperty(wrapped, 'setVisitor', {
    value: (next: Visitor) => {
      visitor = next;
      return reopen();
    },
  });
  return wrapped;
}
