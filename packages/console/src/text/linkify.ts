/** A run of a message: plain text, or a link that is safe to follow. */
export type TextPart =
  | { kind: 'text'; text: string }
  | { kind: 'link'; text: string; href: string };

// Candidates only; each is then parsed with URL and kept only for http, https and mailto.
const CANDIDATE = /\b(?:https?:\/\/|mailto:)[^\s<>"'`]+/gi;
// Punctuation that usually ends the sentence around a link rather than the link.
const TRAILING = /[.,;:!?)\]}'"»”’]+$/;

/** The safe href of a candidate, or null. */
function safeHref(candidate: string): string | null {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (url.protocol === 'mailto:') return /^[^@\s]+@[^@\s]+$/.test(url.pathname) ? url.href : null;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  // Credentials in a link are a classic disguise (https://bank.com@evil.example).
  if (url.username !== '' || url.password !== '') return null;
  return url.href;
}

/**
 * Splits what a visitor typed into text and links. Only http, https and
 * mailto become links; `javascript:`, `data:` and the rest stay text. The
 * caller renders text parts as text nodes, never as HTML.
 */
export function linkify(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(CANDIDATE)) {
    const start = match.index;
    const raw = match[0].replace(TRAILING, '');
    const href = safeHref(raw);
    if (href === null) continue;
    if (start > last) parts.push({ kind: 'text', text: text.slice(last, start) });
    parts.push({ kind: 'link', text: raw, href });
    last = start + raw.length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}
