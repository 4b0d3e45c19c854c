import { isJwtHeader } from '../checks/isJwtHeader.ts';
import type { Span } from '../Span.ts';

/**
 * Three base64url parts; the header of every JSON-encoded JOSE header starts
 * `{"` which encodes as `eyJ`. The character classes exclude the dot, so the
 * pattern cannot backtrack.
 */
const JWT = /eyJ[A-Za-z0-9_-]{6,}\.[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]*/g;

/**
 * JSON Web Tokens whose header decodes to JSON with an `alg`. What stands
 * before the token does not matter (`…9476eyJ…` after a card number is still
 * a token), the header check is what decides.
 */
export function findJwts(text: string): Span[] {
  const spans: Span[] = [];
  JWT.lastIndex = 0;
  for (let match = JWT.exec(text); match !== null; match = JWT.exec(text)) {
    const header = match[0].slice(0, match[0].indexOf('.'));
    if (!isJwtHeader(header)) continue;
    spans.push({ start: match.index, end: match.index + match[0].length, kind: 'jwt' });
  }
  return spans;
}
