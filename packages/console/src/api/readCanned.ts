import { type CannedResponse, cannedResponseSchema, validate } from '@destek/protocol';

/**
 * Reads `GET /v1/agent/canned` (`{responses: cannedResponseSchema[]}`).
 * Items that do not match are skipped rather than failing the list: one bad
 * entry should not take every canned answer away from the agent.
 */
export function readCanned(data: unknown): CannedResponse[] {
  const list = (data as { responses?: unknown } | null)?.responses;
  if (!Array.isArray(list)) return [];
  return list.flatMap((item) => {
    const checked = validate(cannedResponseSchema, item);
    return checked.ok ? [checked.value] : [];
  });
}
