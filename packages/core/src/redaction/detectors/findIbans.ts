import { ibanChecksum } from '../checks/ibanChecksum.ts';
import { IBAN_LENGTHS } from '../checks/ibanLengths.ts';
import type { Span } from '../Span.ts';

const START = /(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?=[ ]?[A-Za-z0-9])/g;
const MAX_LENGTH = 34;
const MIN_LENGTH = 15;

const isAlnum = (ch: string): boolean => {
  const code = ch.charCodeAt(0);
  const lower = code | 32;
  return (code >= 48 && code <= 57) || (lower >= 97 && lower <= 122);
};

/**
 * IBANs of any country, written solid or in groups separated by single spaces
 * (`TR33 0006 1005 1978 6457 8413 26`), valid by mod-97. A known country must
 * have its registered length; the IBAN must end where a group ends.
 */
export function findIbans(text: string): Span[] {
  const spans: Span[] = [];
  START.lastIndex = 0;
  for (let match = START.exec(text); match !== null; match = START.exec(text)) {
    const start = match.index;
    // Characters read so far, and where the IBAN would end after each of them.
    let chars = '';
    const ends: number[] = [];
    let i = start;
    while (i < text.length && chars.length < MAX_LENGTH) {
      const ch = text[i] ?? '';
      if (isAlnum(ch)) {
        chars += ch.toUpperCase();
        i++;
        ends[chars.length] = i;
      } else if (ch === ' ' && isAlnum(text[i + 1] ?? '') && chars.length >= 4) {
        i++;
      } else {
        break;
      }
    }
    const known = IBAN_LENGTHS[chars.slice(0, 2)];
    const lengths = known === undefined ? [] : [known];
    if (known === undefined) for (let n = chars.length; n >= MIN_LENGTH; n--) lengths.push(n);
    for (const length of lengths) {
      const end = ends[length];
      if (end === undefined || isAlnum(text[end] ?? '')) continue;
      if (!ibanChecksum(chars.slice(0, length))) continue;
      spans.push({ start, end, kind: 'iban' });
      START.lastIndex = end;
      break;
    }
  }
  return spans;
}
