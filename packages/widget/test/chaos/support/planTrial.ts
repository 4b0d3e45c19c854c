import type { TrialFile } from './fillReport.ts';
import { mixSeed, seededRandom } from './seededRandom.ts';

/** How a trial cuts the user off between Send and the acknowledgement. */
export type Mode = 'page' | 'context' | 'kill';
export const MODES: readonly Mode[] = ['page', 'context', 'kill'];

/** Everything a trial decides up front, from the run's seed and the trial's number alone. */
export interface TrialPlan {
  index: number;
  /** The seed of this trial's network fates. */
  seed: number;
  mode: Mode;
  /** Interrupt this long after Send, unless the acknowledgement comes first (then at it). */
  momentMs: number;
  /** Starts on a brand-new profile: a first visit, whose visitor id is only just stored. */
  firstVisit: boolean;
  summary: string;
  observed: string;
  files: TrialFile[];
}

export interface PlanOptions {
  runSeed: number;
  /** The moment is uniform in [0, windowMs). */
  windowMs: number;
  /** Chance that a trial starts on a new profile. */
  firstVisitRate: number;
}

const WORDS = ['deposit', 'card', 'transfer', 'code', 'limit', 'refund', 'login', 'balance'];

/**
 * Plans trial `index`: mode, moment, text and one or two attachments. The
 * files are plain-text logs, which the server keeps byte for byte (images
 * it re-encodes), with a few random lines so no two trials send the same bytes.
 */
export function planTrial(index: number, options: PlanOptions): TrialPlan {
  const seed = mixSeed(options.runSeed, 'trial', index);
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const mode = pick(MODES);
  const momentMs = Math.floor(random() * options.windowMs);
  const firstVisit = random() < options.firstVisitRate;
  const word = pick(WORDS);
  const fileCount = 1 + Math.floor(random() * 2);
  const files: TrialFile[] = [];
  for (let f = 0; f < fileCount; f++) {
    const lines = 20 + Math.floor(random() * 400);
    let text = '';
    for (let line = 0; line < lines; line++) {
      const value = Math.floor(random() * 1e9).toString(36);
      text += `${String(line).padStart(4, '0')} INFO ${word} step ${value} ok\n`;
    }
    files.push({
      name: `trial-${index}-${f + 1}.log`,
      mimeType: 'text/plain',
      buffer: Buffer.from(text, 'utf8'),
    });
  }
  return {
    index,
    seed,
    mode,
    momentMs,
    firstVisit,
    summary: `Chaos trial ${index} of run ${options.runSeed.toString(36)}: my ${word} is stuck`,
    observed: `The ${word} page said: try again later (trial ${index})`,
    files,
  };
}
