/**
 * True when a value reads like a generated secret rather than a word: long
 * enough and mixing character classes (`a1B2...`), so `token: expired` or
 * `key: geçersiz` stay readable while `token: 9f8a7c6e5d` is masked.
 */
export function looksSecret(value: string): boolean {
  if (value.length >= 24) return true;
  if (value.length < 8) return false;
  let classes = 0;
  if (/[a-z]/.test(value)) classes++;
  if (/[A-Z]/.test(value)) classes++;
  if (/[0-9]/.test(value)) classes++;
  if (/[^A-Za-z0-9]/.test(value)) classes++;
  return classes >= 2 && /[0-9]/.test(value);
}

/** Shannon entropy of a string in bits per character. */
export function entropyBits(value: string): number {
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}
