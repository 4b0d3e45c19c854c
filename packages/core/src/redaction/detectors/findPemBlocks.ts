import type { Span } from '../Span.ts';

const BEGIN = /-----BEGIN ((?:[A-Z0-9]{1,12} ){0,3})PRIVATE KEY( BLOCK)?-----/g;
const END_MARK = '-----END ';

/**
 * The body of a block whose END line was cut off: whole base64 lines, or long
 * base64 chunks when a chat collapsed the line breaks into spaces. Every
 * repetition starts with whitespace, which the chunk never contains, so the
 * pattern cannot backtrack badly.
 */
const BODY = /(?:(?:\r?\n|[ \t]+)(?:[A-Za-z0-9+/=]{40,}|[A-Za-z0-9+/=]+(?=\r?\n|$)))*/y;

/**
 * Private key blocks (`-----BEGIN RSA PRIVATE KEY-----` … `-----END … -----`),
 * whole. A block without its END line (a paste cut short) is masked up to the
 * end of its base64 body. The next END is remembered, so many BEGIN lines
 * without an END still cost one pass.
 */
export function findPemBlocks(text: string): Span[] {
  const spans: Span[] = [];
  let nextEnd = -2;
  BEGIN.lastIndex = 0;
  for (let match = BEGIN.exec(text); match !== null; match = BEGIN.exec(text)) {
    const start = match.index;
    const bodyStart = start + match[0].length;
    if (nextEnd !== -1 && nextEnd < bodyStart) nextEnd = text.indexOf(END_MARK, bodyStart);
    let end: number;
    if (nextEnd >= 0) {
      const close = text.indexOf('-----', nextEnd + END_MARK.length);
      end = close >= 0 && close - nextEnd < 80 ? close + 5 : nextEnd + END_MARK.length;
    } else {
      BODY.lastIndex = bodyStart;
      BODY.exec(text);
      end = BODY.lastIndex;
    }
    spans.push({ start, end, kind: 'pem' });
    BEGIN.lastIndex = Math.max(end, bodyStart);
  }
  return spans;
}
