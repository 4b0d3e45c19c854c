import type { Validation } from '@destek/protocol';
import { BackendError } from '../coreImports.ts';
import { errorFromFailure } from '../errors/errorFromFailure.ts';

/** Checks untrusted data against one wire schema, e.g. `(d) => validate(statusSchema, d)`. */
export type Check<T> = (data: unknown) => Validation<T>;

function isJson(contentType: string | null): boolean {
  return contentType !== null && /^application\/([\w.+-]+\+)?json\b/i.test(contentType.trim());
}

/**
 * Checks a 2xx answer's text against the wire schema. A backend is untrusted:
 * an HTML page from a captive portal, a truncated body or a shape the
 * protocol does not know is a `server` failure, never a success.
 *
 * The text is parsed by `Response.prototype.json`, the engine's own parser,
 * not the page's `JSON.parse`: host pages wrap that one (a global reviver
 * that turns every ISO date into a `Date`, say), and the answer would then
 * fail its schema on every try.
 */
export async function parseAnswer<T>(
  status: number,
  contentType: string | null,
  body: string,
  check: Check<T>,
): Promise<T> {
  if (!isJson(contentType)) {
    throw new BackendError('server', 'The server answered with something other than JSON', {
      status,
    });
  }
  let data: unknown;
  try {
    data = await new Response(body).json();
  } catch (cause) {
    throw new BackendError('server', 'The server answered with broken JSON', { status, cause });
  }
  const checked = check(data);
  if (!checked.ok) {
    throw new BackendError(
      'server',
      `The server's answer is not valid at "${checked.field}": ${checked.message}`,
      {
        status,
        field: checked.field,
      },
    );
  }
  return checked.value;
}

async function readText(response: Response): Promise<string> {
  try {
    return await response.text();
  } catch (error) {
    // The connection dropped mid-body: no answer, as far as the caller knows.
    throw errorFromFailure(error);
  }
}

/** {@link parseAnswer} on a fetch `Response`. */
export async function readAnswer<T>(response: Response, check: Check<T>): Promise<T> {
  const body = await readText(response);
  return parseAnswer(response.status, response.headers.get('content-type'), body, check);
}

/**
 * For calls that return nothing: an empty answer or any JSON is fine, but an
 * HTML page (a captive portal answering 200 for everything) is not.
 */
export async function readEmptyAnswer(response: Response): Promise<void> {
  if (response.status === 204 || response.status === 205) return;
  const body = await readText(response);
  if (body === '' || isJson(response.headers.get('content-type'))) return;
  throw new BackendError('server', 'The server answered with something other than JSON', {
    status: response.status,
  });
}
