// Figures of a sample of timings. Percentiles are nearest rank, so each is a
// time that was really measured; everything is in ms rounded to 0.1.

const round = (v: number) => Math.round(v * 10) / 10;

/** The nearest-rank `q` quantile of ascending `sorted`, or undefined for an empty sample. */
function nearestRank(sorted: readonly number[], q: number): number | undefined {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

const ascending = (values: readonly number[]) => [...values].sort((a, b) => a - b);

/** Median and 90th percentile of a sample (NaN when empty). */
export function stats(values: number[]): { median: number; p90: number } {
  const sorted = ascending(values);
  const mid = sorted.length / 2;
  const median =
    sorted.length % 2 === 1
      ? (sorted[Math.floor(mid)] ?? Number.NaN)
      : ((sorted[mid - 1] ?? Number.NaN) + (sorted[mid] ?? Number.NaN)) / 2;
  return { median: round(median), p90: round(nearestRank(sorted, 0.9) ?? Number.NaN) };
}

/**
 * Latency figures of a sample: how many, the 50th, 90th and 99th percentile
 * and the largest. Empty samples give nulls, not zeros, so a run that
 * measured nothing cannot read as fast.
 */
export interface LatencySummary {
  measured: number;
  p50: number | null;
  p90: number | null;
  p99: number | null;
  max: number | null;
}

export function percentiles(values: number[]): LatencySummary {
  const sorted = ascending(values);
  const at = (q: number) => {
    const value = nearestRank(sorted, q);
    return value === undefined ? null : round(value);
  };
  return { measured: sorted.length, p50: at(0.5), p90: at(0.9), p99: at(0.99), max: at(1) };
}
