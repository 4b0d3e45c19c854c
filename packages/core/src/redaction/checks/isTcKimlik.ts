/**
 * True for a Turkish national id (T.C. kimlik no): 11 digits, the first not 0,
 * the 10th and 11th being the two check digits. Random 11-digit numbers pass
 * only about one time in a hundred.
 */
export function isTcKimlik(digits: string): boolean {
  if (!/^[1-9]\d{10}$/.test(digits)) return false;
  // charCodeAt, not Array.from(digits, map): pages still on Prototype.js
  // replace Array.from with one that ignores the map (the sums then join strings).
  const at = (i: number): number => digits.charCodeAt(i) - 48;
  const odd = at(0) + at(2) + at(4) + at(6) + at(8);
  const even = at(1) + at(3) + at(5) + at(7);
  const tenth = (((odd * 7 - even) % 10) + 10) % 10;
  if (tenth !== at(9)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += at(i);
  return sum % 10 === at(10);
}
