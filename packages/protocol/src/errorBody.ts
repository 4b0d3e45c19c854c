import { z } from 'zod/mini';
import { ERROR_CODES, type ErrorCode } from './errorCodes.ts';

const codes = Object.values(ERROR_CODES) as [ErrorCode, ...ErrorCode[]];

/**
 * Every error answer: `{ error: { code, message, field?, retryAfterMs? } }`.
 * `message` is English for logs and developers; people see the code worded
 * by their locale. `field` is the dotted path of the offending input.
 */
export const errorBodySchema = z.lazy(() =>
  z.strictObject({
    error: z.strictObject({
      code: z.enum(codes),
      message: z.string().check(z.maxLength(1000)),
      field: z.optional(z.string().check(z.maxLength(300))),
      retryAfterMs: z.optional(z.int().check(z.minimum(0))),
    }),
  }),
);
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** Builds an error body, leaving out absent optional parts. */
export function errorBody(
  code: ErrorCode,
  message: string,
  extra: { field?: string; retryAfterMs?: number } = {},
): ErrorBody {
  const error: ErrorBody['error'] = { code, message };
  if (extra.field !== undefined) error.field = extra.field;
  if (extra.retryAfterMs !== undefined) error.retryAfterMs = extra.retryAfterMs;
  return { error };
}
