/**
 * Short texts for figures that read better as one table row than as
 * several: sizes as `raw / gzip / brotli KB`, timings as `median (p90 …)`,
 * long tasks as `count (longest … ms)`. The numbers are never rounded away:
 * KB keep two decimals, ms one.
 */
import type { Size } from './compressedSize.ts';
import { stats } from './stats.ts';

const kb = (bytes: number) => (bytes / 1024).toFixed(2);

/** `9.13 / 3.90 / 3.43 KB` (raw / gzip / brotli, 1 KB = 1024 bytes). */
export function sizeText(size: Size): string {
  return `${kb(size.raw)} / ${kb(size.gzip)} / ${kb(size.brotli)} KB`;
}

/** `84.1 (p90 114.5)`; the runs where the screen never became usable are counted apart. */
export function msText(values: number[]): string {
  const ok = values.filter((v) => v >= 0);
  const { median, p90 } = stats(ok);
  const failed = values.length - ok.length;
  return `${median} (p90 ${p90})${failed > 0 ? `; ${failed} of ${values.length} runs never usable` : ''}`;
}

/** `1 (longest 86 ms)`: the median count per run and the longest task of all runs. */
export function longTaskText(perRun: number[][]): string {
  const count = stats(perRun.map((tasks) => tasks.length)).median;
  const longest = Math.round(Math.max(0, ...perRun.flat()));
  return `${count} (longest ${longest} ms)`;
}

/** Which of two sizes is larger and by how much: `Sentry 11.5× Destek`. */
export function compareSizes(destek: number, sentry: number): string {
  if (destek <= 0 || sentry <= 0) return 'n/a';
  return sentry >= destek
    ? `Sentry ${(sentry / destek).toFixed(1)}× Destek`
    : `Destek ${(destek / sentry).toFixed(1)}× Sentry`;
}
