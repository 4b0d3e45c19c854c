import type { CategoryShare, Classification, ClassifyOptions } from './ClassifyOptions.ts';
import { compileClassifier } from './compileClassifier.ts';
import { detectErrorCode } from './detectErrorCode.ts';
import { priorityOf } from './priorityOf.ts';
import { matchStems, tokenize } from './stemMatcher.ts';

/**
 * An error code outweighs a few words: `PMT-105` is the app itself saying
 * "payment", while words can be incidental (`my account`, `the app`).
 */
const FAMILY_WEIGHT = 3;

/**
 * Someone else in the account is a login matter whatever they did there
 * (withdrew money, changed the e-mail): the desk that locks the account and
 * resets access handles it first.
 */
const TAKEOVER_WEIGHT = 2;

const NO_OPTIONS: ClassifyOptions = {};

/**
 * Suggests a category and a priority for a report from its text (summary and
 * observed text, in English, Turkish or Azerbaijani) and any error code in it.
 *
 * Confidence is the best score's lead over the second, relative to the best
 * score plus one, so a single weak word stays below one half and a clear
 * error code with matching words comes close to one.
 *
 * Options are compiled once per options object (kept in a WeakMap): pass the
 * same object on every call, not a new literal.
 *
 * @default options `{}`: the built-in categories, stems and families
 */
export function classify(text: string, options: ClassifyOptions = NO_OPTIONS): Classification {
  const c = compileClassifier(options);
  const tokens = tokenize(text);
  const scores = matchStems(c.words, tokens);
  const errorCode = detectErrorCode(text, c.familyNames);
  const fromFamily = errorCode ? c.families.get(errorCode.family) : undefined;
  if (fromFamily !== undefined)
    scores.set(fromFamily, (scores.get(fromFamily) ?? 0) + FAMILY_WEIGHT);
  const signals = matchStems(c.priorityWords, tokens);
  if (signals.has('account_takeover') && c.takeoverCategory !== undefined) {
    scores.set(c.takeoverCategory, (scores.get(c.takeoverCategory) ?? 0) + TAKEOVER_WEIGHT);
  }

  // Listed order breaks ties, so a site puts its likelier categories first.
  const ranked = c.categories
    .map((category) => ({ category, score: scores.get(category) ?? 0 }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score);
  const best = ranked[0];
  const second = ranked[1]?.score ?? 0;
  const fallback = c.categories.includes('other') ? 'other' : (c.categories.at(-1) ?? 'other');
  const category = best?.category ?? fallback;
  const confidence = best ? (best.score - second) / (best.score + 1) : 0;
  const total = ranked.reduce((sum, s) => sum + s.score, 0);
  const alternatives: CategoryShare[] = ranked
    .slice(1)
    .map((s) => ({ category: s.category, share: s.score / total }));

  const { priority, reasons } = priorityOf({
    signals,
    tokens,
    category,
    hasErrorCode: errorCode !== null,
  });
  return { category, confidence, priority, priorityReasons: reasons, errorCode, alternatives };
}
