import type { Priority } from '@destek/protocol';
import type { PriorityReason } from './ClassifyOptions.ts';

/**
 * Turkish and Azerbaijani negative verbs describe a failure without a
 * separate "not": `çalışmıyor`, `yatıramıyorum`, `gelmedi`, `işləmir`,
 * `açılmır` (folded: `calismiyor`, `gelmedi`, `islemir`...).
 */
const NEGATIVE_VERB = /m[iu]yor|m[ae]d[iu]|m[iu]r$|m[ae]yib/;

const URGENT: readonly PriorityReason[] = ['money_missing', 'account_takeover', 'outage'];
const LOWERING: readonly PriorityReason[] = ['question', 'suggestion', 'thanks'];

/** What the priority is decided from. */
export interface PriorityEvidence {
  /** The stem labels found (`money_missing`, `problem`...). */
  signals: ReadonlyMap<string, number>;
  tokens: readonly string[];
  category: string;
  hasErrorCode: boolean;
}

/**
 * Urgent for money taken or missing in a payment report, a suspected account
 * takeover, or an outage; low for questions, suggestions and thanks that
 * describe no failure, and for cosmetic issues; normal otherwise.
 */
export function priorityOf(e: PriorityEvidence): { priority: Priority; reasons: PriorityReason[] } {
  const urgent = URGENT.filter(
    (r) => e.signals.has(r) && (r !== 'money_missing' || e.category === 'payment'),
  );
  if (urgent.length > 0) return { priority: 'urgent', reasons: urgent };
  const problem =
    e.hasErrorCode || e.signals.has('problem') || e.tokens.some((t) => NEGATIVE_VERB.test(t));
  const low: PriorityReason[] = problem ? [] : LOWERING.filter((r) => e.signals.has(r));
  if (e.signals.has('cosmetic')) low.push('cosmetic');
  return low.length > 0 ? { priority: 'low', reasons: low } : { priority: 'normal', reasons: [] };
}
