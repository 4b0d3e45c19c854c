/** Azerbaijani operator and Baku codes after the trunk 0 or +994. */
const AZ_CODES = new Set(['10', '12', '40', '50', '51', '55', '60', '70', '77', '99']);

/**
 * How the last 7 digits (the subscriber number) may be grouped. Requiring one
 * of these is what keeps dates and times (`05.11.2026 14`) from reading as
 * phone numbers.
 */
const SUBSCRIBER_GROUPS = new Set(['7', '3,4', '3,2,2', '2,2,3', '4,3']);

/** Groups of digits as written: `0532 123 45 67` is `['0532','123','45','67']`. */
export type DigitGroups = readonly string[];

function subscriberGrouped(groups: DigitGroups, nationalLength: number): boolean {
  if (groups.length === 1) return true;
  let tail = 0;
  const lengths: number[] = [];
  for (let i = groups.length - 1; i >= 0 && tail < 7; i--) {
    const length = groups[i]?.length ?? 0;
    tail += length;
    lengths.unshift(length);
  }
  if (tail !== 7) return groups.join('').length === nationalLength && lengths.length === 1;
  return SUBSCRIBER_GROUPS.has(lengths.join(','));
}

/** Turkish national number without the country code: 10 digits, area/operator 2xx–5xx. */
function turkishNational(digits: string): boolean {
  return digits.length === 10 && /^[2-5]/.test(digits);
}

/** Azerbaijani national number without the country code: 9 digits. */
function azerbaijaniNational(digits: string): boolean {
  return digits.length === 9 && AZ_CODES.has(digits.slice(0, 2));
}

/**
 * True when digit groups written after a `+` (or `00`) form a plausible
 * international number: Turkish and Azerbaijani numbers are checked exactly,
 * others by the E.164 length of 8 to 15 digits.
 */
export function isInternationalPhone(groups: DigitGroups): boolean {
  const digits = groups.join('');
  if (digits.startsWith('90'))
    return turkishNational(digits.slice(2)) && subscriberGrouped(groups, 12);
  if (digits.startsWith('994')) {
    return azerbaijaniNational(digits.slice(3)) && subscriberGrouped(groups, 12);
  }
  return digits.length >= 8 && digits.length <= 15 && !digits.startsWith('0');
}

/**
 * True when digit groups without a `+` form a Turkish (`0532 123 45 67`,
 * `(0532) 1234567`, `532 123 45 67`) or Azerbaijani (`050 123 45 67`) national
 * number. Ungrouped runs count only with the trunk `0` and a mobile prefix,
 * since a bare 10-digit run is more often an order number.
 */
export function isNationalPhone(groups: DigitGroups): boolean {
  const digits = groups.join('');
  const single = groups.length === 1;
  if (digits.length === 11 && digits.startsWith('0')) {
    if (single) return digits[1] === '5';
    return turkishNational(digits.slice(1)) && subscriberGrouped(groups, 11);
  }
  if (digits.length === 10 && digits.startsWith('0')) {
    return azerbaijaniNational(digits.slice(1)) && subscriberGrouped(groups, 10);
  }
  if (digits.length === 10 && digits.startsWith('5') && !single) {
    return subscriberGrouped(groups, 10);
  }
  return false;
}
