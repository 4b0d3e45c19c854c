/** One group of digits inside a run, as written (parentheses excluded from `digits`). */
export interface DigitGroup {
  start: number;
  end: number;
  digits: string;
  /** Written in parentheses, as in `(0532)`. */
  parens: boolean;
}

/** Digit groups joined by single separators: `+90 (532) 123-45-67`, `4111 1111 1111 1111`. */
export interface DigitRun {
  /** Index of the `+` when the run starts with one, else of the first group. */
  start: number;
  plus: boolean;
  groups: DigitGroup[];
  /** Digits in all groups together. */
  digitCount: number;
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;
/** Space, no-break space, dash and dot separate groups; commas do not (they are amounts). */
const isSeparator = (code: number): boolean =>
  code === 32 || code === 160 || code === 45 || code === 46;

/**
 * The end of the group starting at `at` (`123` or `(123)`), or -1. Digits are
 * at `[digitsFrom, end)` minus a closing parenthesis.
 */
function groupEnd(text: string, at: number): number {
  let i = at;
  const parens = text.charCodeAt(i) === 40;
  if (parens) i++;
  const digitsStart = i;
  while (isDigit(text.charCodeAt(i))) i++;
  if (i === digitsStart) return -1;
  if (!parens) return i;
  return text.charCodeAt(i) === 41 ? i + 1 : -1;
}

/** Where the group after the one ending at `end` starts, or -1 when the run ends. */
function nextGroupStart(text: string, end: number): number {
  const code = text.charCodeAt(end);
  if (isSeparator(code)) return end + 1;
  // `(0532)123` and `0 532(123)` need no separator next to a parenthesis.
  if (text.charCodeAt(end - 1) === 41 || code === 40) return end;
  return -1;
}

function toGroup(text: string, start: number, end: number): DigitGroup {
  const parens = text.charCodeAt(start) === 40;
  return {
    start,
    end,
    digits: parens ? text.slice(start + 1, end - 1) : text.slice(start, end),
    parens,
  };
}

/**
 * Splits the text into runs of digit groups in one left-to-right pass and
 * returns those with at least `minDigits` digits. A run is measured before
 * any object is made for it, so the many short numbers of ordinary text
 * (dates, amounts, versions) cost no allocation.
 */
export function scanDigitRuns(text: string, minDigits = 1): DigitRun[] {
  const runs: DigitRun[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    const plus = code === 43 && isDigit(text.charCodeAt(i + 1));
    const first = plus ? i + 1 : i;
    let end = isDigit(code) || plus || code === 40 ? groupEnd(text, first) : -1;
    if (end < 0) {
      i++;
      continue;
    }
    let digitCount = 0;
    let last = end;
    for (let at = first; end >= 0; end = groupEnd(text, at)) {
      digitCount += end - at - (text.charCodeAt(at) === 40 ? 2 : 0);
      last = end;
      at = nextGroupStart(text, end);
      if (at < 0) break;
    }
    if (digitCount >= minDigits) {
      const groups: DigitGroup[] = [];
      for (let at = first, e = groupEnd(text, at); e >= 0 && e <= last; e = groupEnd(text, at)) {
        groups.push(toGroup(text, at, e));
        at = nextGroupStart(text, e);
        if (at < 0 || e === last) break;
      }
      runs.push({ start: i, plus, groups, digitCount });
    }
    i = last;
  }
  return runs;
}
