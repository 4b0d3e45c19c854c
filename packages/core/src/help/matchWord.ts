/**
 * Consonants that soften when a vowel suffix follows, in Turkish and
 * Azerbaijani (folded): hesap → hesabım, renk → rengi, çörək → çörəyi.
 */
const SOFTENED: Readonly<Record<string, string>> = { p: 'b', t: 'd', k: 'gy' };

/**
 * How well a folded query word matches a folded article word, from 0 (not at
 * all) to 1 (the same word). Made for languages that add suffixes rather than
 * separate words: "kartımdan" holds "kart", "şifremi" and "şifrenizi" share
 * "şifre", "hesabım" is "hesap" softened; and for typing, where the last word is
 * still a prefix ("şif"). Short article words only match whole: "on" must not
 * match "online".
 */
export function matchWord(query: string, word: string): number {
  if (query === word) return 1;
  const [short, long] = query.length < word.length ? [query, word] : [word, query];
  let shared = 0;
  while (shared < short.length && short[shared] === long[shared]) shared += 1;
  if (shared === short.length) {
    // The query is the start of the word (still typing, or a shorter stem), or
    // the word is the start of the query (the query carries suffixes).
    return short === query ? (short.length >= 2 ? 0.8 : 0) : short.length >= 3 ? 0.8 : 0;
  }
  const last = short[short.length - 1] ?? '';
  const next = long[shared] ?? '';
  if (shared >= 2 && shared === short.length - 1 && SOFTENED[last]?.includes(next)) return 0.7;
  // Two suffixed forms of one stem: şifremi / şifrenizi, verifying / verification.
  return shared >= 5 && shared >= short.length - 4 ? 0.5 : 0;
}
