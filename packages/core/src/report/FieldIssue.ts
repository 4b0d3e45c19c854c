/**
 * Why a field is not right yet. Codes, not sentences: every locale words them.
 * - `required`: empty but needed.
 * - `too_long`: over `limit` characters.
 * - `too_many`: over `limit` entries (steps, attachments).
 * - `multiple_lines`: a one-line field holds a line break.
 * - `invalid_text`: holds a control character or broken Unicode.
 * - `invalid_email`: not an e-mail address.
 * - `unknown_category`: not one of the configured categories.
 * - `invalid_error_code`: characters an error code never has.
 * - `multiple_sentences` (warning only): the summary reads as more than one sentence.
 */
export type FieldIssueCode =
  | 'required'
  | 'too_long'
  | 'too_many'
  | 'multiple_lines'
  | 'invalid_text'
  | 'invalid_email'
  | 'unknown_category'
  | 'invalid_error_code'
  | 'multiple_sentences';

/** One validation result. Errors block sending; warnings are shown and may be ignored. */
export interface FieldIssue {
  /** Dotted path: `summary`, `stepsTried.2`, `contact.email`. */
  readonly field: string;
  readonly code: FieldIssueCode;
  readonly severity: 'error' | 'warning';
  /** The bound that was crossed, for `too_long` and `too_many`. */
  readonly limit?: number;
}
