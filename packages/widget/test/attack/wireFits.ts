// The wire's rules for text (protocol's text.ts), restated as the test's
// oracle: which payloads a surface must take, and which it must refuse with
// a 4xx. The widget cannot import @destek/protocol; a restatement that drifts
// shows up as a 2xx where a 4xx was expected, or the other way round.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const LINE_BREAK = /[\r\n\u2028\u2029]/;

/** True when `text` is `min` to `max` UTF-16 units long, whatever it holds. */
export function fitsLength(text: string, max: number, min = 1): boolean {
  return text.length >= min && text.length <= max;
}

/** Like {@link fitsLength}, on one line. */
export function fitsLineLength(text: string, max: number, min = 1): boolean {
  return fitsLength(text, max, min) && !LINE_BREAK.test(text);
}

/** True when the wire takes `text` as free text of at most `max` UTF-16 units. */
export function fitsText(text: string, max: number, min = 1): boolean {
  return (
    text.length >= min && text.length <= max && !LONE_SURROGATE.test(text) && !CONTROL.test(text)
  );
}

/** Like {@link fitsText}, on one line (names, titles, summaries). */
export function fitsLine(text: string, max: number, min = 1): boolean {
  return fitsText(text, max, min) && !LINE_BREAK.test(text);
}

/** `text` with each lone surrogate as U+FFFD, as a string becomes when it crosses into the page. */
export function wellFormed(text: string): string {
  return text.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD',
  );
}
