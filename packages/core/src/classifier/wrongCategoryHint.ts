import type { Classification } from './ClassifyOptions.ts';

/**
 * A confidence below which a disagreement is not worth interrupting the user
 * for: one topic word alone scores 0.5 at most, two agreeing words or an error
 * code clear it.
 * @default 0.6
 */
export const DEFAULT_HINT_THRESHOLD = 0.6;

/** A suggestion to switch category, when the classifier disagrees confidently. */
export interface CategoryHint {
  suggested: string;
  confidence: number;
}

/**
 * Returns a hint when the user's chosen category differs from a confident
 * suggestion, else null. The UI words it ("This looks like a payment problem").
 *
 * @param threshold the least confidence that warrants a hint
 * @default threshold DEFAULT_HINT_THRESHOLD
 */
export function wrongCategoryHint(
  userChoice: string | null,
  result: Pick<Classification, 'category' | 'confidence'>,
  threshold: number = DEFAULT_HINT_THRESHOLD,
): CategoryHint | null {
  if (userChoice === null || userChoice === result.category) return null;
  if (result.confidence < threshold) return null;
  return { suggested: result.category, confidence: result.confidence };
}
