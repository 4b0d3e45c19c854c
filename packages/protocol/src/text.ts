import { z } from 'zod/mini';

// A lone surrogate cannot be encoded as UTF-8: it would turn into U+FFFD on the
// way to the database and the text would silently change.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// C0 controls other than tab, line feed and carriage return, and DEL: never
// typed by a person, often used to confuse logs and terminals.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
// Single-line fields must not carry line breaks (names, file names, keys).
const LINE_BREAK = /[\r\n\u2028\u2029]/;

/** True when `value` has no lone surrogate and no control character but tab and newlines. */
export function isCleanText(value: string): boolean {
  return !LONE_SURROGATE.test(value) && !CONTROL.test(value);
}

/**
 * Free text a person typed: at most `max` UTF-16 code units, well-formed
 * Unicode, no control characters except tab and line breaks.
 */
export function text(max: number, min = 0) {
  return z
    .string()
    .check(
      z.minLength(min),
      z.maxLength(max),
      z.refine(isCleanText, { message: 'Text holds a lone surrogate or a control character' }),
    );
}

/** Like {@link text}, on one line. */
export function line(max: number, min = 0) {
  return text(max, min).check(
    z.refine((value) => !LINE_BREAK.test(value), { message: 'Expected a single line' }),
  );
}

/** An RFC 3339 timestamp in UTC, as the server writes them. */
export const timestampSchema = z.iso.datetime({ offset: false });

/** An e-mail address (bounded; the exact grammar is the mail server's business). */
export const emailSchema = z.email().check(z.maxLength(254));

/** A BCP 47 language tag such as `en`, `tr-TR` or `az-Latn-AZ`. */
export const localeSchema = z
  .string()
  .check(z.maxLength(35), z.regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/));

/** A slug naming a category: lower case letters, digits, `-` and `_`. */
export const slugSchema = z.string().check(z.regex(/^[a-z][a-z0-9_-]{0,39}$/));
