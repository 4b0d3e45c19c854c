import { agentMetricsSchema, validate } from '@destek/protocol';
import { ConsoleError } from './ConsoleError.ts';
import type { DurationFigures, Metrics } from './types.ts';

type Loose = Record<string, unknown>;

const numberOrNull = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

function figures(value: unknown): DurationFigures {
  const source = (value ?? {}) as Loose;
  return {
    avg: numberOrNull(source.avg),
    p50: numberOrNull(source.p50),
    p90: numberOrNull(source.p90),
  };
}

/**
 * Reads `GET /v1/agent/metrics`: checked against `agentMetricsSchema`, and
 * when that fails (a server from before chat and deflection figures), read
 * leniently for the ticket figures, with the newer parts left out.
 */
export function readMetrics(data: unknown): Metrics {
  const full = validate(agentMetricsSchema, data);
  if (full.ok) return full.value;
  const source = (data ?? {}) as Loose;
  const tickets = numberOrNull(source.tickets);
  if (tickets === null) throw new ConsoleError('bad_answer', 'metrics.tickets is not a number');
  return {
    since: typeof source.since === 'string' ? source.since : '',
    tickets,
    firstResponseSec: figures(source.firstResponseSec),
    resolutionSec: figures(source.resolutionSec),
    firstContactResolution: numberOrNull(source.firstContactResolution),
    ratingAverage: numberOrNull(source.ratingAverage),
    ratingCount: numberOrNull(source.ratingCount) ?? 0,
    chats: null,
    deflections: null,
  };
}
