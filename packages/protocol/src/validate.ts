import type { z } from 'zod/mini';

/** The outcome of checking untrusted data against a wire schema. */
export type Validation<T> = { ok: true; value: T } | { ok: false; field: string; message: string };

/**
 * Checks `data` against `schema` without throwing. On failure, `field` is the
 * dotted path of the first problem (`stepsTried.3`, `context.0.key`; empty for
 * the root), which the server puts in its error body and the widget uses to
 * point at the input.
 */
export function validate<S extends z.ZodMiniType>(
  schema: S,
  data: unknown,
): Validation<z.output<S>> {
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  if (!issue) return { ok: false, field: '', message: 'Invalid input' };
  const path = issue.path.map(String);
  // An unknown key is reported on its parent; name the key itself.
  if (issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined) path.push(issue.keys[0]);
  return { ok: false, field: path.join('.'), message: issue.message };
}
