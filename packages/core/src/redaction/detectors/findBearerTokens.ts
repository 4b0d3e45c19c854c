import { startsWithMarker } from '../RedactionKind.ts';
import type { Span } from '../Span.ts';

const SCHEME = /\b(bearer|basic|token)[ \t]+([A-Za-z0-9\-._~+/]{6,}=*)/gi;
const AUTHORIZATION = /authori[sz]ation["']?\s*[:=]\s*["']?$/i;

/**
 * Credentials after an HTTP auth scheme: anything after `Authorization: Bearer`
 * (or `Basic`, `Token`), and a free-standing `Bearer …` when the value has a
 * digit and some length, so "bearer of bad news" is left alone.
 */
export function findBearerTokens(text: string): Span[] {
  const spans: Span[] = [];
  SCHEME.lastIndex = 0;
  for (let match = SCHEME.exec(text); match !== null; match = SCHEME.exec(text)) {
    const scheme = (match[1] ?? '').toLowerCase();
    let value = match[2] ?? '';
    const header = AUTHORIZATION.test(text.slice(Math.max(0, match.index - 40), match.index));
    const standalone = scheme === 'bearer' && value.length >= 16 && /\d/.test(value);
    if (!header && !standalone) continue;
    // A sentence's full stop is not part of the token.
    value = value.replace(/\.+$/, '');
    if (value.length < 6 || startsWithMarker(value)) continue;
    const start = match.index + match[0].length - (match[2] ?? '').length;
    spans.push({ start, end: start + value.length, kind: 'token' });
  }
  return spans;
}
