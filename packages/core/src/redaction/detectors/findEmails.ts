import type { Span } from '../Span.ts';

const LOCAL = /[A-Za-z0-9._%+\-\p{L}\p{N}]/u;
const DOMAIN = /[A-Za-z0-9\-.\p{L}\p{N}]/u;
const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;

/** Host names end in a letters-only label; `outlook.com5121` is `outlook.com` then digits. */
const HOST = /^[^.]+(?:\.[^.]+)*\.\p{L}{2,}/u;

/** True when the `@` at `at` ends the userinfo of a URL (`https://user:pass@host`), not an email. */
function inUrlAuthority(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 256), at);
  const scheme = before.lastIndexOf('://');
  return scheme >= 0 && !/[\s/]/.test(before.slice(scheme + 3));
}

/**
 * Email addresses, found from each `@` outwards (bounded both ways, so a long
 * run of address characters costs at most the bounds per `@`). Letters of
 * any script count, so `ayşe@şirket.com.tr` is found.
 */
export function findEmails(text: string): Span[] {
  const spans: Span[] = [];
  let last = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > Math.max(last, at - MAX_LOCAL) && LOCAL.test(text[start - 1] ?? '')) start--;
    while (text[start] === '.') start++;
    if (start >= at) continue;
    if (inUrlAuthority(text, at)) continue;
    let end = at + 1;
    while (end < text.length && end - at <= MAX_DOMAIN && DOMAIN.test(text[end] ?? '')) end++;
    // A sentence's full stop or a trailing hyphen is not part of the domain.
    while (end > at + 1 && /[.-]/.test(text[end - 1] ?? '')) end--;
    const host = HOST.exec(text.slice(at + 1, end));
    if (host === null) continue;
    end = at + 1 + host[0].length;
    spans.push({ start, end, kind: 'email' });
    last = end;
    at = end - 1;
  }
  return spans;
}
