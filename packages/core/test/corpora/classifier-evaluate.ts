import { readFileSync } from 'node:fs';
import type { ClassifyOptions } from '../../src/classifier/ClassifyOptions.ts';
import { classify } from '../../src/classifier/classify.ts';

/** One labelled report of `classifier-labelled.json`. */
export interface LabelledReport {
  id: string;
  lang: 'en' | 'tr' | 'az';
  /**
   * `heldout`: written with the first batch, before any word list, never used
   * to tune; `fresh`: written after the last tuning, never used to tune.
   */
  split: 'tune' | 'heldout' | 'fresh';
  summary: string;
  observed?: string;
  category: string;
  priority: 'urgent' | 'normal' | 'low';
}

/** Accuracy figures over a set of labelled reports. */
export interface Evaluation {
  count: number;
  accuracy: number;
  priorityAccuracy: number;
  /** `expected → got` with how often, most frequent first. */
  confusions: { pair: string; count: number; ids: string[] }[];
}

/** Reads the labelled set next to this file. */
export function loadLabelled(): LabelledReport[] {
  const url = new URL('./classifier-labelled.json', import.meta.url);
  const doc = JSON.parse(readFileSync(url, 'utf8')) as { items: LabelledReport[] };
  return doc.items;
}

/** The text classified for a report: what the widget has after step 1 and step 3. */
export function reportText(r: LabelledReport): string {
  return r.observed ? `${r.summary}\n${r.observed}` : r.summary;
}

/** Top-1 category accuracy, priority accuracy and the confusion pairs. */
export function evaluate(items: readonly LabelledReport[], options?: ClassifyOptions): Evaluation {
  let right = 0;
  let priorityRight = 0;
  const pairs = new Map<string, string[]>();
  for (const item of items) {
    const result = classify(reportText(item), options);
    if (result.category === item.category) right++;
    else {
      const pair = `${item.category} → ${result.category}`;
      pairs.set(pair, [...(pairs.get(pair) ?? []), item.id]);
    }
    if (result.priority === item.priority) priorityRight++;
  }
  const n = Math.max(items.length, 1);
  return {
    count: items.length,
    accuracy: right / n,
    priorityAccuracy: priorityRight / n,
    confusions: [...pairs.entries()]
      .map(([pair, ids]) => ({ pair, count: ids.length, ids }))
      .sort((a, b) => b.count - a.count),
  };
}
