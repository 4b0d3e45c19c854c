import { DEFAULT_FAMILY_MAP, NUMERIC_FAMILY_BY_HUNDRED, UNKNOWN_FAMILY } from './errorFamilies.ts';

/** An error code found in a report's text, normalised (`pmt 105` → `PMT-105`). */
export interface ErrorCodeMatch {
  /** `FAMILY-digits` (`PMT-105`, `2FA-03`), or the bare number (`105`) when only a number was given. */
  code: string;
  /** `PMT`, `2FA`...; for a bare number, the family its range maps to, else `unknown`. */
  family: string;
}

/**
 * Families that are also everyday words (`the app 3 times`, `net 500 TL`): in
 * lower case they count only with a dash-like separator or glued to three digits.
 */
const WORDLIKE = new Set(['APP', 'NET', 'DOC', 'EMAIL']);

/**
 * Digits followed by a unit are an amount, a size or a duration, not a code.
 * Sticky, so it is tested where a match ends without copying the rest of the text.
 */
const UNIT =
  /\s*(?:tl|try|₺|azn|₼|usd|eur|\$|€|%|gb|mb|kb|ms|dk|min|sn|sec|saat|gün|gun|saniye|dəq)(?![\p{L}])/iuy;

function unitAt(text: string, at: number): boolean {
  UNIT.lastIndex = at;
  return UNIT.test(text);
}

/** What ends a code: not a letter, digit, or a decimal part (`4.12`). */
const END = '(?![\\p{L}\\p{N}]|[.,]\\d)';

/** `Hata kodu 105`, `hata kodu: 105`, `Xəta kodu 105`, `error code 105`. */
const NUMERIC = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:hata|xəta|xeta|error|err)[\\s._-]*(?:kodu|kod|code)\\s*[:#=—–-]?\\s*(\\d{1,4})${END}`,
  'giu',
);

const familyPatterns = new Map<string, RegExp>();

function familyPattern(families: readonly string[]): RegExp {
  const key = families.join('|');
  let re = familyPatterns.get(key);
  if (!re) {
    const alts = families
      .map((f) => (f === 'EMAIL' ? 'e-?mail' : f.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')))
      .sort((a, b) => b.length - a.length)
      .join('|');
    // Group 2 is a dash-like separator, group 3 a plain space; neither means glued (`pmt105`).
    re = new RegExp(
      `(?<![\\p{L}\\p{N}])(${alts})(?:\\s*([-–—_:#])\\s*|( ))?(\\d{1,4})${END}`,
      'giu',
    );
    familyPatterns.set(key, re);
  }
  return re;
}

function isCode(written: string, dashed: boolean, spaced: boolean, digits: string): boolean {
  const family = written.toUpperCase().replace('-', '');
  const upper = written === written.toUpperCase();
  if (dashed || upper) return true;
  if (WORDLIKE.has(family)) return !spaced && digits.length >= 3;
  return digits.length >= 2;
}

function numericFamily(digits: string): string {
  const n = Number(digits);
  if (digits.length !== 3 || n < 100) return UNKNOWN_FAMILY;
  return NUMERIC_FAMILY_BY_HUNDRED[Math.floor(n / 100)] ?? UNKNOWN_FAMILY;
}

/**
 * Finds the first error code in free text: a family and a number (`PMT-105`,
 * `2FA-03`, `pmt105`, `KYC 512`), or a labelled number (`Hata Kodu 105`,
 * `Xəta kodu 105`, `error code 105`). Versions, dates, amounts, order numbers,
 * ticket references (`DT-7K3Q9M`) and status numbers without a label are not codes.
 *
 * @param families the code prefixes to recognise, in upper case
 * @default families the keys of `DEFAULT_FAMILY_MAP`
 */
export function detectErrorCode(
  text: string,
  families: readonly string[] = Object.keys(DEFAULT_FAMILY_MAP),
): ErrorCodeMatch | null {
  const re = familyPattern(families);
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const [whole, written = '', dash, space, digits = ''] = m;
    if (unitAt(text, m.index + whole.length)) continue;
    if (!isCode(written, dash !== undefined, space !== undefined, digits)) continue;
    const family = written.toUpperCase().replace('-', '');
    return { code: `${family}-${digits}`, family };
  }
  NUMERIC.lastIndex = 0;
  for (let m = NUMERIC.exec(text); m; m = NUMERIC.exec(text)) {
    const digits = m[1] ?? '';
    if (unitAt(text, m.index + m[0].length)) continue;
    return { code: digits, family: numericFamily(digits) };
  }
  return null;
}
