import { type SessionResponse, sessionResponseSchema, validate } from '@destek/protocol';
import ky, { HTTPError, type KyInstance } from 'ky';
import { BackendError, type Visitor } from '../coreImports.ts';
import { errorFromAnswer } from '../errors/errorFromAnswer.ts';
import { errorFromFailure } from '../errors/errorFromFailure.ts';
import type { ResolvedHttpOptions } from '../HttpBackendOptions.ts';
import { type Check, readAnswer, readEmptyAnswer } from './readAnswer.ts';
import { stringifyJson } from './stringifyJson.ts';

/** One call to the API, relative to `/v1/`. */
export interface ApiCall {
  method: 'get' | 'post';
  /** Such as `reports` or `tickets/<id>/rating`. */
  path: string;
  json?: unknown;
  searchParams?: Record<string, string>;
  headers?: Record<string, string>;
  signal?: AbortSignal | undefined;
  /** Overrides the client's timeout, e.g. for a long poll the server holds open. */
  timeoutMs?: number;
}

/** The session and the plumbing every method shares. */
export interface Transport {
  readonly options: ResolvedHttpOptions;
  /** Opens a session for `visitor` and keeps its token for later calls. */
  connect(visitor: Visitor, signal?: AbortSignal): Promise<SessionResponse>;
  /** The current token, if a session is open. */
  token(): string | undefined;
  /**
   * Runs `attempt` with the session's token; on `unauthorized` (an expired
   * token, a server restarted with a new secret) opens a new session once
   * and tries again.
   */
  withSession<T>(attempt: (token: string) => Promise<T>, signal?: AbortSignal): Promise<T>;
  /** A JSON call whose answer must pass `check`. */
  call<T>(request: ApiCall, check: Check<T>): Promise<T>;
  /** A call whose answer carries nothing the caller needs. */
  callEmpty(request: ApiCall): Promise<void>;
  /** A JSON call that needs no session (sends the token when there is one). */
  callPublic<T>(request: ApiCall, check: Check<T>): Promise<T>;
}

/** GETs are safe to repeat: one quick retry hides a proxy's momentary 502. */
const GET_RETRY = {
  limit: 1,
  methods: ['get'],
  statusCodes: [502, 503, 504],
  afterStatusCodes: [],
  backoffLimit: 1000,
};

export function createTransport(options: ResolvedHttpOptions): Transport {
  const api: KyInstance = ky.create({
    prefixUrl: options.apiBase,
    timeout: options.timeoutMs,
    fetch: options.fetch,
    stringifyJson,
    // Reports are retried by core's outbox, with their idempotency key, never here.
    retry: 0,
  });
  let visitor: Visitor | undefined;
  let session: SessionResponse | undefined;
  let renewing: Promise<unknown> | undefined;

  async function send(request: ApiCall, token: string | undefined): Promise<Response> {
    const headers: Record<string, string> = { accept: 'application/json', ...request.headers };
    if (token !== undefined) headers.authorization = `Bearer ${token}`;
    try {
      return await api(request.path, {
        method: request.method,
        headers,
        ...(request.json === undefined ? {} : { json: request.json }),
        ...(request.searchParams === undefined ? {} : { searchParams: request.searchParams }),
        ...(request.signal === undefined ? {} : { signal: request.signal }),
        ...(request.timeoutMs === undefined ? {} : { timeout: request.timeoutMs }),
        ...(request.method === 'get' ? { retry: GET_RETRY } : {}),
      });
    } catch (error) {
      if (error instanceof HTTPError) {
        const body = await error.response.text().catch(() => '');
        throw errorFromAnswer({
          status: error.response.status,
          retryAfter: error.response.headers.get('retry-after'),
          body,
        });
      }
      throw errorFromFailure(error, request.signal);
    }
  }

  async function openSession(who: Visitor, signal?: AbortSignal): Promise<SessionResponse> {
    const response = await send(
      {
        method: 'post',
        path: 'sessions',
        json: {
          siteKey: options.siteKey,
          anonId: who.anonId,
          ...(who.user ? { user: who.user } : {}),
        },
        signal,
      },
      undefined,
    );
    const answer = await readAnswer(response, (data) => validate(sessionResponseSchema, data));
    visitor = who;
    session = answer;
    return answer;
  }

  async function renew(signal?: AbortSignal): Promise<void> {
    if (visitor === undefined) throw new BackendError('unauthorized', 'Call connect() first');
    // Calls that fail together share one new session.
    renewing ??= openSession(visitor, signal).finally(() => {
      renewing = undefined;
    });
    await renewing;
  }

  const transport: Transport = {
    options,
    connect: openSession,
    token: () => session?.token,

    async withSession(attempt, signal) {
      const held = session?.token;
      if (held === undefined) {
        await renew(signal);
      } else {
        try {
          return await attempt(held);
        } catch (error) {
          if (!(error instanceof BackendError && error.code === 'unauthorized')) throw error;
          // Another call may have renewed the session meanwhile.
          if (session?.token === held) await renew(signal);
        }
      }
      const token = session?.token;
      if (token === undefined) throw new BackendError('unauthorized', 'No session');
      return attempt(token);
    },

    call(request, check) {
      return transport.withSession(async (token) => {
        const response = await send(request, token);
        return readAnswer(response, check);
      }, request.signal);
    },

    async callPublic(request, check) {
      return readAnswer(await send(request, session?.token), check);
    },

    callEmpty(request) {
      return transport.withSession(async (token) => {
        await readEmptyAnswer(await send(request, token));
      }, request.signal);
    },
  };
  return transport;
}
