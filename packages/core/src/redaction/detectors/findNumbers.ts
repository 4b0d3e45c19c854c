import { isCardNumber } from '../checks/isCardNumber.ts';
import { isInternationalPhone, isNationalPhone } from '../checks/isPhoneNumber.ts';
import { isTcKimlik } from '../checks/isTcKimlik.ts';
import type { RedactionKind } from '../RedactionKind.ts';
import type { Span } from '../Span.ts';
import { type DigitGroup, type DigitRun, scanDigitRuns } from '../scanDigitRuns.ts';

/** The longest written phone number has 15 digits plus trunk and spacing slack. */
const MAX_PHONE_DIGITS = 16;
/** `+33 6 12 34 56 78` is the most groups a real number is written in. */
const MAX_PHONE_GROUPS = 6;

/**
 * True when a run is glued to an identifier (`ORD-2026-05321234567`,
 * `abc05321234567`, or text next to an earlier marker): such digits are part
 * of a reference, not a phone or national id on their own.
 */
function glued(text: string, before: number, after: number): boolean {
  const word = /[\p{L}\p{N}_\][]/u;
  const prev = text[before - 1] ?? ' ';
  if (word.test(prev)) return true;
  if ('-./'.includes(prev) && word.test(text[before - 2] ?? ' ')) return true;
  return word.test(text[after] ?? ' ');
}

/**
 * The last group of a card starting at group `i`, or -1. Written cards are
 * solid or in groups of 3–6 digits (4-4-4-4, Amex 4-6-5); only the final
 * group may be shorter (a 13-digit Visa as 4-4-4-1).
 */
function cardAt(groups: DigitGroup[], i: number): number {
  let digits = '';
  let found = -1;
  for (let j = i; j < groups.length; j++) {
    const group = groups[j];
    if (group === undefined || group.parens || group.digits.length > 19) break;
    const length = group.digits.length;
    const first = groups[i]?.digits.length ?? 0;
    if (j > i && (first < 3 || first > 6 || length > 6)) break;
    digits += group.digits;
    if (digits.length > 19) break;
    if (isCardNumber(digits)) found = j;
    if (j > i && length < 3) break;
  }
  return found;
}

/** Digit totals a phone can have: national 10–11, international 8–15 after the `+`. */
const plausible = (international: boolean, count: number): boolean =>
  international ? count >= 8 && count <= 15 : count === 10 || count === 11;

function phoneAt(text: string, run: DigitRun, i: number): number {
  const groups = run.groups;
  const international = i === 0 && (run.plus || groups[0]?.digits.startsWith('00') === true);
  let found = -1;
  const written: string[] = [];
  let count = 0;
  for (let j = i; j < groups.length && j - i < MAX_PHONE_GROUPS; j++) {
    const digits = groups[j]?.digits ?? '';
    const part = j === 0 && !run.plus && international ? digits.slice(2) : digits;
    written.push(part);
    count += part.length;
    if (count > MAX_PHONE_DIGITS) break;
    // `00` stands for `+` only before the two countries we know exactly.
    if (international && !run.plus && count >= 3 && !/^(?:90|994)/.test(written.join(''))) break;
    if (!plausible(international, count)) continue;
    const fits = international ? isInternationalPhone(written) : isNationalPhone(written);
    if (fits) found = j;
  }
  if (found < 0) return -1;
  const start = i === 0 ? run.start : (groups[i]?.start ?? 0);
  return glued(text, start, groups[found]?.end ?? 0) ? -1 : found;
}

function nationalIdAt(text: string, groups: DigitGroup[], i: number): boolean {
  const group = groups[i];
  if (group === undefined || group.parens || !isTcKimlik(group.digits)) return false;
  // `TC12345678950` is how the id is often written: the prefix is no identifier.
  const prefixed = /(?:^|[^\p{L}])T\.?C\.?$/iu.test(
    text.slice(Math.max(0, group.start - 5), group.start),
  );
  return prefixed || !glued(text, group.start, group.end);
}

/**
 * Card numbers, phone numbers and Turkish national ids, found together on the
 * digit runs so a number is claimed once, in that order of preference.
 */
export function findNumbers(text: string, on: ReadonlySet<RedactionKind>): Span[] {
  const spans: Span[] = [];
  for (const run of scanDigitRuns(text, 8)) {
    const groups = run.groups;
    // Nothing this detector finds has fewer than 8 digits.
    if (run.digitCount < 8) continue;
    let i = 0;
    while (i < groups.length) {
      const start = i === 0 ? run.start : (groups[i]?.start ?? 0);
      let end = on.has('card') ? cardAt(groups, i) : -1;
      let kind: RedactionKind = 'card';
      if (end < 0 && on.has('phone')) {
        end = phoneAt(text, run, i);
        kind = 'phone';
      }
      if (end < 0 && on.has('national-id') && nationalIdAt(text, groups, i)) {
        end = i;
        kind = 'national-id';
      }
      if (end < 0) {
        i++;
        continue;
      }
      const spanStart = kind === 'card' ? (groups[i]?.start ?? start) : start;
      spans.push({ start: spanStart, end: groups[end]?.end ?? spanStart, kind });
      i = end + 1;
    }
  }
  return spans;
}
