import { describe, expect, it } from 'vitest';
import { evaluate, loadLabelled } from '../corpora/classifier-evaluate.ts';

const items = loadLabelled();

describe('classifier accuracy on the labelled reports', () => {
  it('holds at least 150 reports, at least 40 per language, covering every category', () => {
    expect(items.length).toBeGreaterThanOrEqual(150);
    for (const lang of ['en', 'tr', 'az']) {
      expect(items.filter((r) => r.lang === lang).length).toBeGreaterThanOrEqual(40);
    }
    expect(new Set(items.map((r) => r.category))).toEqual(
      new Set(['payment', 'bonus', 'login', 'account', 'verification', 'technical', 'other']),
    );
    // Never used for tuning: the held-out part of the first batch and the reports written after tuning.
    const untuned = items.filter((r) => r.split !== 'tune').length;
    expect(untuned / items.length).toBeGreaterThanOrEqual(0.3);
  });

  it('puts at least 85% of all reports in the labelled category', () => {
    const result = evaluate(items);
    console.log(
      `classifier top-1 accuracy (all ${result.count}): ${result.accuracy.toFixed(3)}; priority ${result.priorityAccuracy.toFixed(3)}; confusions:`,
      result.confusions.map((c) => `${c.pair} ×${c.count} (${c.ids.join(', ')})`),
    );
    expect(result.accuracy).toBeGreaterThanOrEqual(0.85);
  });

  it('puts at least 85% of the held-out reports, never used for tuning, in the labelled category', () => {
    const result = evaluate(items.filter((r) => r.split === 'heldout'));
    console.log(
      `classifier top-1 accuracy (held-out ${result.count}): ${result.accuracy.toFixed(3)}; priority ${result.priorityAccuracy.toFixed(3)}`,
    );
    expect(result.accuracy).toBeGreaterThanOrEqual(0.85);
  });

  it('puts at least 80% of the reports written after tuning in the labelled category', () => {
    // Written after the word lists were frozen and measured blind (0.864 when
    // added): the honest estimate for new text. A regression guard, not a target to tune to.
    const result = evaluate(items.filter((r) => r.split === 'fresh'));
    console.log(
      `classifier top-1 accuracy (fresh ${result.count}): ${result.accuracy.toFixed(3)}; priority ${result.priorityAccuracy.toFixed(3)}`,
    );
    expect(result.accuracy).toBeGreaterThanOrEqual(0.8);
  });

  it('puts at least 85% of all reports never used for tuning in the labelled category', () => {
    const result = evaluate(items.filter((r) => r.split !== 'tune'));
    console.log(
      `classifier top-1 accuracy (untuned ${result.count}): ${result.accuracy.toFixed(3)}`,
    );
    expect(result.accuracy).toBeGreaterThanOrEqual(0.85);
  });
});
