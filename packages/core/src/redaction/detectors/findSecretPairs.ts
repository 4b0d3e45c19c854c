import { looksSecret } from '../checks/looksSecret.ts';
import type { RedactionKind } from '../RedactionKind.ts';
import { startsWithMarker } from '../RedactionKind.ts';
import type { Span } from '../Span.ts';

/**
 * A key word, an optional closing quote, then `:` or `=`. Turkish and
 * Azerbaijani words take suffixes (`şifrem:`, `parolum:`, `şifreniz=`), the
 * English ones a plural `s`. `DB_PASSWORD=` and `x-auth-token:` match too,
 * since `_` and `-` are not letters.
 * Dotted/undotted i are spelled out because `İ` does not case-fold to `i`.
 */
const PAIR =
  /(?<![\p{L}\p{N}])(?:(password|passwd|passwort|pwd|pass|[sşSŞ][iİıI][fF][rR][eEəƏ]\p{L}{0,5}|[pP][aA][rR][oO][lL][aA]?\p{L}{0,4})|(access[_-]?token|refresh[_-]?token|auth[_-]?token|token)|(client[_-]?secret|secret(?:[_-]?key)?|api[_-]?key|apikey|access[_-]?key|private[_-]?key))s?["']?[ \t]*[:=][ \t]*/giu;

/**
 * Words that follow `password:` in quoted error messages (`Şifre: hatalı`,
 * `Password: incorrect`). Bug reports quote these often; nobody's password
 * is one of them often enough to matter.
 */
const VERDICTS = new Set([
  'incorrect',
  'invalid',
  'wrong',
  'required',
  'expired',
  'empty',
  'missing',
  'changed',
  'reset',
  'hatalı',
  'hatali',
  'yanlış',
  'yanlis',
  'geçersiz',
  'gecersiz',
  'boş',
  'bos',
  'değişti',
  'səhv',
  'sehv',
  'yanlışdır',
  'etibarsız',
  'boşdur',
]);

const QUOTED = /^(["'])([^"'\n]{1,256})\1/;
const BARE = /^[^\s"'<>]{1,256}/;

/**
 * The values of `password=…`, `şifre: …`, `parol: …`, `token: …`,
 * `api_key=…` pairs; the key word stays so the reader knows what was hidden.
 * Password values are always masked; token and key values only when they look
 * generated (`token: expired` is a message, not a secret).
 */
export function findSecretPairs(text: string): Span[] {
  const spans: Span[] = [];
  PAIR.lastIndex = 0;
  for (let match = PAIR.exec(text); match !== null; match = PAIR.exec(text)) {
    const valueStart = match.index + match[0].length;
    const rest = text.slice(valueStart, valueStart + 260);
    const quoted = QUOTED.exec(rest);
    let value = quoted ? (quoted[2] ?? '') : (BARE.exec(rest)?.[0] ?? '');
    if (startsWithMarker(value)) continue;
    // A sentence's punctuation after a bare value is not part of it.
    if (!quoted) value = value.replace(/[.,;:)\]]+$/, '');
    const start = valueStart + (quoted ? 1 : 0);
    if (value === '' || VERDICTS.has(value.toLocaleLowerCase('tr'))) continue;
    let kind: RedactionKind = 'password';
    if (match[2] !== undefined) kind = 'token';
    if (match[3] !== undefined) kind = 'secret';
    if (kind !== 'password' && !looksSecret(value)) continue;
    spans.push({ start, end: start + value.length, kind });
    PAIR.lastIndex = start + value.length;
  }
  return spans;
}
