import type { z } from 'zod/mini';
import { ConfigError } from '../errors/ConfigError.ts';

type Issue = z.core.$ZodIssue;

/** zod/mini leaves messages bare; our schema words most, this covers the rest. */
function fallbackExpected(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `a value of type ${issue.expected}`;
    case 'too_small':
      return `at least ${String(issue.minimum)}`;
    case 'too_big':
      return `at most ${String(issue.maximum)}`;
    case 'invalid_value':
      return `one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    default:
      return 'a valid value';
  }
}

/**
 * The {@link ConfigError} for a failed options parse: the first issue's dotted
 * path (`categories.2.id`) and, in plain words, what was expected there.
 */
export function configErrorFrom(error: z.core.$ZodError): ConfigError {
  const issue = error.issues[0];
  if (!issue) return new ConfigError('(options)', 'valid options', { cause: error });
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') {
    // Name the stray key itself: `app.verison`, not `app`.
    const key = issue.keys[0] ?? '';
    return new ConfigError(
      [...path, key].join('.'),
      'no option of this name (check the spelling)',
      {
        cause: error,
      },
    );
  }
  const expected =
    issue.message && issue.message !== 'Invalid input' ? issue.message : fallbackExpected(issue);
  return new ConfigError(path.length > 0 ? path.join('.') : '(options)', expected, {
    cause: error,
  });
}
