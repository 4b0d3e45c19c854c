import { errorBodySchema, validate } from '@destek/protocol';
import { ConsoleError } from './ConsoleError.ts';

/** How one call goes out: method, path under the console's own origin, optional JSON body. */
export interface RequestSpec {
  method?: 'GET' | 'POST';
  path: string;
  body?: unknown;
  signal?: AbortSignal;
}

/** Called when the token stops working, so the console can sign out. */
export type OnUnauthorized = () => void;

/**
 * Sends one agent call with the bearer token and answers the raw Response when
 * it is 2xx; any other answer becomes a {@link ConsoleError} with the server's
 * code. The console talks only to the origin it was served from.
 */
export async function send(
  token: string,
  spec: RequestSpec,
  onUnauthorized: OnUnauthorized,
  accept = 'application/json',
): Promise<Response> {
  const headers: Record<string, string> = { authorization: `Bearer ${token}`, accept };
  if (spec.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(spec.path, {
      method: spec.method ?? 'GET',
      headers,
      body: spec.body === undefined ? null : JSON.stringify(spec.body),
      cache: 'no-store',
      credentials: 'omit',
      signal: spec.signal ?? null,
    });
  } catch (error) {
    if (spec.signal?.aborted) throw error;
    throw new ConsoleError('network', 'No answer from the server', { cause: error });
  }
  if (response.ok) return response;
  const text = await response.text().catch(() => '');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  const body = validate(errorBodySchema, parsed);
  if (response.status === 401) onUnauthorized();
  if (!body.ok) {
    throw new ConsoleError('bad_answer', `HTTP ${response.status}`, { status: response.status });
  }
  const { code, message, field } = body.value.error;
  throw new ConsoleError(code, message, {
    status: response.status,
    ...(field === undefined ? {} : { field }),
  });
}

/** {@link send}, then the JSON body (undefined for a 204). */
export async function requestJson(
  token: string,
  spec: RequestSpec,
  onUnauthorized: OnUnauthorized,
): Promise<unknown> {
  const response = await send(token, spec, onUnauthorized);
  if (response.status === 204) return undefined;
  try {
    return await response.json();
  } catch (error) {
    throw new ConsoleError('bad_answer', 'The answer is not JSON', {
      status: response.status,
      cause: error,
    });
  }
}
