/**
 * Classifier accuracy and speed over the labelled set. Run with
 * `node packages/core/bench/classifier.bench.ts` (or `pnpm bench classifier`);
 * prints one JSON object on one line, as `scripts/bench.mjs` reads it.
 */
import { classify } from '../src/classifier/classify.ts';
import { DEFAULT_HINT_THRESHOLD } from '../src/classifier/wrongCategoryHint.ts';
import {
  evaluate,
  type LabelledReport,
  loadLabelled,
  reportText,
} from '../test/corpora/classifier-evaluate.ts';

const items = loadLabelled();
const by = (keep: (r: LabelledReport) => boolean) => evaluate(items.filter(keep));
const all = evaluate(items);
const heldOut = by((r) => r.split === 'heldout');
const fresh = by((r) => r.split === 'fresh');

// How often a wrong-category hint would itself be right: precision of the
// suggestions at or above the hint threshold, and how many reports reach it.
// Also over the reports never used for tuning, the fairer figure.
function hintFigures(set: readonly LabelledReport[]) {
  const confident = set
    .map((r) => ({ r, c: classify(reportText(r)) }))
    .filter(({ c }) => c.confidence >= DEFAULT_HINT_THRESHOLD);
  const right = confident.filter(({ r, c }) => c.category === r.category).length;
  return {
    precision: Math.round((right / Math.max(confident.length, 1)) * 1000) / 1000,
    coverage: Math.round((confident.length / Math.max(set.length, 1)) * 1000) / 1000,
  };
}

// Speed: enough rounds for about a second of work, after a warm-up round.
const texts = items.map(reportText);
for (const t of texts) classify(t);
const rounds = 200;
const start = performance.now();
for (let i = 0; i < rounds; i++) for (const t of texts) classify(t);
const seconds = (performance.now() - start) / 1000;

const round = (x: number) => Math.round(x * 1000) / 1000;
console.log(
  JSON.stringify({
    items: items.length,
    accuracy: round(all.accuracy),
    heldOutAccuracy: round(heldOut.accuracy),
    freshAccuracy: round(fresh.accuracy),
    tuneAccuracy: round(by((r) => r.split === 'tune').accuracy),
    perLanguage: Object.fromEntries(
      (['en', 'tr', 'az'] as const).map((lang) => [
        lang,
        round(by((r) => r.lang === lang).accuracy),
      ]),
    ),
    untunedAccuracy: round(by((r) => r.split !== 'tune').accuracy),
    perLanguageUntuned: Object.fromEntries(
      (['en', 'tr', 'az'] as const).map((lang) => [
        lang,
        round(by((r) => r.lang === lang && r.split !== 'tune').accuracy),
      ]),
    ),
    priorityAccuracy: round(all.priorityAccuracy),
    heldOutPriorityAccuracy: round(heldOut.priorityAccuracy),
    freshPriorityAccuracy: round(fresh.priorityAccuracy),
    hint: {
      threshold: DEFAULT_HINT_THRESHOLD,
      all: hintFigures(items),
      untuned: hintFigures(items.filter((r) => r.split !== 'tune')),
    },
    classificationsPerSecond: Math.round((rounds * texts.length) / seconds),
    // Expected → got, with the ids of the reports, over the whole set.
    confusions: Object.fromEntries(all.confusions.map((c) => [c.pair, c.ids])),
  }),
);
