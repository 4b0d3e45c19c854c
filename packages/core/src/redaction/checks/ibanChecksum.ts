/**
 * True when an IBAN (upper-case letters and digits, no spaces) passes the
 * ISO 7064 mod-97 check: move the first four characters to the end, read
 * letters as 10..35, and the number must leave remainder 1 when divided by 97.
 * Computed digit by digit so no big integers are needed.
 */
export function ibanChecksum(iban: string): boolean {
  if (iban.length < 5) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (let i = 0; i < rearranged.length; i++) {
    const code = rearranged.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      remainder = (remainder * 10 + (code - 48)) % 97;
    } else if (code >= 65 && code <= 90) {
      remainder = (remainder * 100 + (code - 55)) % 97;
    } else {
      return false;
    }
  }
  return remainder === 1;
}
