/** A run of message text, and where it links to when it is a link. */
export interface TextPart {
  text: string;
  /** The normalised address (`http:`, `https:` or `mailto:` only); absent for plain text. */
  href?: string;
}

const SCHEMES = new Set(['http:', 'https:', 'mailto:']);
// Up to whitespace, quotes and angle brackets; bidi controls end a link too,
// so reordered text cannot hide where it points.
const CANDIDATE = /\b(?:https?:\/\/|mailto:)[^\s<>"'`\u202a-\u202e\u2066-\u2069]+/giu;
const TRAILING = /[.,;:!?]$/;

/** Sentence punctuation after a link is not part of it; a `)` is unless it closes an earlier `(`. */
function trimEnd(raw: string): string {
  let end = raw;
  for (;;) {
    const opens = end.split('(').length;
    const closes = end.split(')').length;
    if (TRAILING.test(end) || (end.endsWith(')') && closes > opens)) end = end.slice(0, -1);
    else return end;
  }
}

/** The address to link to, or null when it is not one we link. */
function safeHref(raw: string): string | null {
  try {
    const url = new URL(raw);
    if (!SCHEMES.has(url.protocol)) return null;
    if (url.protocol === 'mailto:') return url.pathname.includes('@') ? url.href : null;
    // `https://bank.example@evil.example` reads as the bank and goes elsewhere.
    if (url.hostname === '' || url.username !== '' || url.password !== '') return null;
    return url.href;
  } catch {
    return null;
  }
}

/**
 * Splits a message into text and links. Only `http:`, `https:` and `mailto:`
 * addresses become links (`javascript:` and `data:` stay words); nothing is
 * ever parsed as HTML. The caller renders each part as a text node or an
 * anchor whose `href` is the normalised address (an internationalised host in
 * its punycode form).
 */
export function linkParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(CANDIDATE)) {
    const raw = trimEnd(match[0]);
    const href = safeHref(raw);
    if (href === null) continue;
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({ text: raw, href });
    last = match.index + raw.length;
  }
  if (last < text.length || parts.length === 0) parts.push({ text: text.slice(last) });
  return parts;
}
