import type { RedactionKind } from '../RedactionKind.ts';
import { startsWithMarker } from '../RedactionKind.ts';
import type { Span } from '../Span.ts';

const PARAM = /[?&#;]([A-Za-z0-9_.\-[\]]{1,48})=([^&#\s"'<>]*)/g;

/** Parameter names (or their last `_`/`-`/`.` part) whose values are credentials. */
const PASSWORD_NAMES = /(?:^|[_.-])(?:password|passwd|pwd|pass)$/i;
const TOKEN_NAMES =
  /(?:^|[_.-])(?:(?:access|refresh|id|auth|session|csrf|xsrf)?_?token|auth|code|session|session_?id|sessionid|sid|jwt|otp|ticket)$/i;
const SECRET_NAMES =
  /(?:^|[_.-])(?:key|api_?key|apikey|secret|client_?secret|signature|sig|credential|x-amz-signature|x-amz-credential)$/i;

/** A help link's `?code=PMT-105` names an error, not an OAuth code. */
const ERROR_CODE = /^[A-Za-z0-9]{2,6}-\d{1,4}$/;

function kindOf(name: string): RedactionKind | undefined {
  if (PASSWORD_NAMES.test(name)) return 'password';
  if (TOKEN_NAMES.test(name)) return 'token';
  if (SECRET_NAMES.test(name)) return 'secret';
  return undefined;
}

/**
 * Values of secret-looking query or fragment parameters
 * (`?access_token=…`, `&sig=…`, `#id_token=…`); the name and the rest of the
 * URL stay readable.
 */
export function findSecretQueryParams(text: string): Span[] {
  const spans: Span[] = [];
  PARAM.lastIndex = 0;
  for (let match = PARAM.exec(text); match !== null; match = PARAM.exec(text)) {
    const name = match[1] ?? '';
    const value = match[2] ?? '';
    if (value === '' || startsWithMarker(value) || ERROR_CODE.test(value)) continue;
    const kind = kindOf(name);
    if (kind === undefined) continue;
    const end = match.index + match[0].length;
    spans.push({ start: end - value.length, end, kind });
  }
  return spans;
}
