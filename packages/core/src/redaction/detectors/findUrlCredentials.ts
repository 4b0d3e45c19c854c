import { looksSecret } from '../checks/looksSecret.ts';
import { startsWithMarker } from '../RedactionKind.ts';
import type { Span } from '../Span.ts';

/** Userinfo longer than this is not a URL's (and bounding it keeps the scan linear). */
const MAX_USERINFO = 256;

/**
 * The `user:password` part of URLs such as `https://user:pass@host/`, or a lone
 * token used as the user (`https://ghp_…@github.com`). The host and path stay,
 * so the agent still sees where the request went.
 */
export function findUrlCredentials(text: string): Span[] {
  const spans: Span[] = [];
  let from = 0;
  for (let at = text.indexOf('://', from); at >= 0; at = text.indexOf('://', from)) {
    from = at + 3;
    if (!/[A-Za-z0-9+.-]/.test(text[at - 1] ?? '')) continue;
    const start = at + 3;
    let stop = start;
    let lastAt = -1;
    while (stop < text.length && stop - start < MAX_USERINFO) {
      const ch = text[stop] ?? '';
      // `#` is allowed: people type it unencoded in passwords (`admin:Pa55#@host`).
      if (ch === '/' || ch === '?' || /\s/.test(ch)) break;
      if (ch === '@') lastAt = stop;
      stop++;
    }
    if (lastAt <= start) continue;
    const userinfo = text.slice(start, lastAt);
    if (startsWithMarker(userinfo)) continue;
    const colon = userinfo.indexOf(':');
    const credential = colon > 0 ? colon < userinfo.length - 1 : looksSecret(userinfo);
    if (!credential) continue;
    spans.push({ start, end: lastAt, kind: 'url-credentials' });
    from = lastAt + 1;
  }
  return spans;
}
