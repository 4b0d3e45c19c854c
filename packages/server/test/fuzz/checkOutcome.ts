import { ERROR_STATUS, type ErrorCode, errorBodySchema } from '@destek/protocol';
import type { Outcome } from './sendCase.ts';

/** What a route may legitimately do beyond "a 2xx/3xx, or a 4xx with the error body". */
export interface Allowances {
  /** `501 unsupported` is this route's documented answer for a switched-off feature. */
  unsupported?: boolean;
  /** The case sent more than the route reads (or lied about it): the server may cut the connection. */
  mayBeCut?: boolean;
  /** A HEAD request: answers carry no body to check. */
  head?: boolean;
  /** Request line and headers near Node's 16 KiB cap: Node itself may answer a bare 431. */
  oversizeHead?: boolean;
}

/**
 * The oracle: null when the outcome is acceptable, else why not. Acceptable
 * is an answer within the time limit that is not a 5xx (save a route's
 * documented `501 unsupported`), where every 4xx is the protocol's error body
 * with a known code whose fixed status is the one sent, and every JSON
 * success body parses.
 */
export function checkOutcome(outcome: Outcome, allow: Allowances = {}): string | null {
  switch (outcome.kind) {
    case 'stream':
    case 'gaveUp':
      return null;
    case 'timeout':
      return `no answer within ${outcome.ms} ms (hang)`;
    case 'error':
      if (outcome.message.startsWith('unsendable:')) return null;
      // Node refuses an oversize head (431) or body (413) and closes: a client still
      // sending then sees a reset, not the answer. Anywhere else a reset is a failure.
      return allow.mayBeCut || allow.oversizeHead
        ? null
        : `connection failed without an answer: ${outcome.message}`;
    case 'answer':
      break;
  }
  const { status, headers, body } = outcome;
  const text = body.toString('utf8');
  const type = String(headers['content-type'] ?? '');
  if (status >= 500) {
    const code = errorCodeOf(text);
    if (!(allow.unsupported && status === 501 && code === 'unsupported'))
      return `answered ${status}: ${text.slice(0, 300)}`;
  }
  if (status < 100 || status >= 600) return `impossible status ${status}`;
  if (allow.head) return null;
  if (allow.oversizeHead && status === 431) return null;
  if (status >= 400) {
    if (!type.startsWith('application/json'))
      return `${status} without the JSON error body (content-type "${type}"): ${text.slice(0, 200)}`;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return `${status} with a body that is not JSON: ${text.slice(0, 200)}`;
    }
    const checked = errorBodySchema.safeParse(parsed);
    if (!checked.success)
      return `${status} with a body that is not the error body: ${text.slice(0, 200)}`;
    const code = checked.data.error.code as ErrorCode;
    if (ERROR_STATUS[code] !== status)
      return `code ${code} goes with ${ERROR_STATUS[code]} but came with ${status}`;
    if (code === 'internal') return `internal error for input: ${text.slice(0, 200)}`;
    return null;
  }
  if (type.startsWith('application/json') && text !== '') {
    try {
      JSON.parse(text);
    } catch {
      return `${status} JSON answer that does not parse: ${text.slice(0, 200)}`;
    }
  }
  return null;
}

function errorCodeOf(text: string): string | null {
  try {
    const parsed = errorBodySchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.error.code : null;
  } catch {
    return null;
  }
}
