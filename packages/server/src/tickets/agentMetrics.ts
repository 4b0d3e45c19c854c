import type { ServerContext } from '../ServerContext.ts';

function summary(values: number[]) {
  if (values.length === 0) return { avg: null, p50: null, p90: null };
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? null;
  return {
    avg: Math.round(sorted.reduce((a, b) => a + b, 0) / sorted.length),
    p50: at(0.5),
    p90: at(0.9),
  };
}

/**
 * The support figures the seeds' KPIs name: first response time, resolution
 * time, first-contact resolution (solved with a single agent reply) and the
 * average rating, over tickets created since `since`.
 */
export async function agentMetrics(ctx: ServerContext, since: string) {
  const row = await ctx.storage.metrics(since);
  return {
    since,
    tickets: row.tickets,
    firstResponseSec: summary(row.firstResponseSec),
    resolutionSec: summary(row.resolutionSec),
    firstContactResolution: row.solved === 0 ? null : row.solvedOnFirstContact / row.solved,
    ratingAverage:
      row.ratings.length === 0
        ? null
        : Math.round((row.ratings.reduce((a, b) => a + b, 0) / row.ratings.length) * 100) / 100,
    ratingCount: row.ratings.length,
  };
}
