import { DestekError } from './DestekError.ts';

/** One problem with one field, as a code each locale words (`required`, `too_long`). */
export interface FieldProblem {
  /** Dotted path of the field: `summary`, `stepsTried.2`, `contact.email`. */
  readonly field: string;
  readonly code: string;
}

/**
 * Input that cannot be sent as it is, such as a report draft missing its
 * summary. `problems` lists every failing field; `field` is the first, for
 * focusing the input.
 */
export class ValidationError extends DestekError {
  override name = 'ValidationError';
  declare readonly code: 'validation_failed';
  readonly field: string;
  readonly problems: readonly FieldProblem[];

  constructor(problems: readonly FieldProblem[], options: { cause?: unknown } = {}) {
    const first = problems[0];
    const list = problems.map((p) => `${p.field}: ${p.code}`).join(', ');
    super('validation_failed', `Invalid input (${list || 'no details'})`, options);
    this.field = first?.field ?? '';
    this.problems = problems;
  }
}
