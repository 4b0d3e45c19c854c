/**
 * Latency figures of a sample: how many, the 50th, 90th and 99th percentile
 * (nearest rank, so each is a time that was really measured) and the
 * largest, in ms rounded to 0.1. Empty samples give nulls, not zeros, so a
 * run that measured nothing cannot read as fast.
 */
export interface LatencySummary {
  measured: number;
  p50: number | null;
  p90: number | null;
  p99: number | null;
  max: number | null;
}

export function percentiles(values: number[]): LatencySummary {
  const sorted = [...values].sort((a, b) => a - b);
  const round = (v: number) => Math.round(v * 10) / 10;
  const at = (q: number) => {
    const value = sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
    return value === undefined ? null : round(value);
  };
  const last = sorted.at(-1);
  return {
    measured: sorted.length,
    p50: at(0.5),
    p90: at(0.9),
    p99: at(0.99),
    max: last === undefined ? null : round(last),
  };
}
