import type { RatingItem } from './types.ts';

type Loose = Record<string, unknown>;

const stringOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** Reads `GET /v1/agent/ratings` (`{ratings: [...]}`), skipping rows that are not ratings. */
export function readRatings(data: unknown): RatingItem[] {
  const list = (data as { ratings?: unknown } | null)?.ratings;
  if (!Array.isArray(list)) return [];
  return list.flatMap((item): RatingItem[] => {
    const row = (item ?? {}) as Loose;
    const { source, id, score, at } = row;
    if (source !== 'chat' && source !== 'ticket') return [];
    if (typeof id !== 'string' || typeof at !== 'string') return [];
    if (typeof score !== 'number' || !Number.isInteger(score) || score < 1 || score > 5) return [];
    return [
      {
        source,
        id,
        score,
        at,
        reference: stringOrNull(row.reference),
        comment: stringOrNull(row.comment),
        agentName: stringOrNull(row.agentName),
      },
    ];
  });
}
