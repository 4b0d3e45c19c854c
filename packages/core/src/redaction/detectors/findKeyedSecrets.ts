import { entropyBits } from '../checks/looksSecret.ts';
import type { Span } from '../Span.ts';

const KEY_WORD = /key|token|secret|anahtar|açar|credential|şifr|sifr|parol|password/gi;
/** The first long run of key-like characters after a key word. */
const CANDIDATE = /[A-Za-z0-9+/_=-]{20,}/y;
/** How far after the key word the value may start: "API key is a1b2…", "token'ım: …". */
const WINDOW = 40;

/**
 * Long random-looking strings (letters and digits mixed, high entropy) that
 * stand shortly after a word like key, token, secret, anahtar or açar. Without
 * the word such strings are usually order or request ids and stay readable.
 * The scan starts from the (rare) key words, so ordinary text costs one pass
 * of a simple alternation.
 */
export function findKeyedSecrets(text: string): Span[] {
  const spans: Span[] = [];
  KEY_WORD.lastIndex = 0;
  let claimed = 0;
  for (let word = KEY_WORD.exec(text); word !== null; word = KEY_WORD.exec(text)) {
    const from = Math.max(claimed, word.index + word[0].length);
    const limit = Math.min(text.length, from + WINDOW);
    for (let at = from; at < limit; at++) {
      // Candidates start where a run of key characters starts.
      if (/[A-Za-z0-9+/_=-]/.test(text[at - 1] ?? '')) continue;
      CANDIDATE.lastIndex = at;
      const match = CANDIDATE.exec(text);
      if (match === null) continue;
      const value = match[0];
      at += value.length;
      if (value.length > 512 || !/[A-Za-z]/.test(value) || !/\d/.test(value)) continue;
      if (entropyBits(value) < 3.5) continue;
      spans.push({ start: match.index, end: match.index + value.length, kind: 'secret' });
      claimed = match.index + value.length;
      KEY_WORD.lastIndex = Math.max(KEY_WORD.lastIndex, claimed);
      break;
    }
  }
  return spans;
}
