import type { ErrorCode } from '@destek/protocol';

/**
 * What went wrong with a call: the server's stable error code, or `network`
 * (no answer at all) or `bad_answer` (an answer this console cannot read).
 */
export type ConsoleErrorCode = ErrorCode | 'network' | 'bad_answer';

/** The one error type the console's API layer throws; screens word it with `errorText`. */
export class ConsoleError extends Error {
  override readonly name = 'ConsoleError';
  readonly code: ConsoleErrorCode;
  /** The HTTP status, 0 when there was no answer. */
  readonly status: number;
  /** The dotted path of the input the server refused, when it named one. */
  readonly field: string | undefined;

  constructor(
    code: ConsoleErrorCode,
    message: string,
    options: { status?: number; field?: string; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.code = code;
    this.status = options.status ?? 0;
    this.field = options.field;
  }
}

/** True for a {@link ConsoleError}, also across realms (matched on `name`). */
export function isConsoleError(value: unknown): value is ConsoleError {
  return value instanceof ConsoleError || (value as { name?: unknown })?.name === 'ConsoleError';
}
