import { BackendError } from '../../errors/BackendError.ts';
import { seededRandom } from './seededRandom.ts';

/** The memory backend's calls that faults can hit. */
export type FaultableMethod =
  | 'connect'
  | 'status'
  | 'uploadAttachment'
  | 'submitReport'
  | 'listTickets'
  | 'getTicket'
  | 'addToTicket'
  | 'escalateTicket'
  | 'rateTicket'
  | 'searchFaq'
  | 'startConversation'
  | 'getConversation'
  | 'sendMessage'
  | 'setTyping'
  | 'markRead'
  | 'closeConversation'
  | 'rateConversation'
  | 'convertToTicket'
  | 'emailTranscript'
  | 'faqFeedback';

/** Which calls fail, and how. */
export interface FaultRule {
  /** Makes the error for a failed call. */
  error: () => BackendError;
  /** Calls it applies to; all of them when omitted. */
  methods?: readonly FaultableMethod[];
  /**
   * `before`: the call fails without effect. `after`: the call takes effect and
   * then fails, as when the acknowledgement is lost on the way back.
   * @default 'before'
   */
  when?: 'before' | 'after';
}

/** Test controls to make a memory backend fail or slow down. */
export interface FaultControls {
  /** The next `count` matching calls fail with the rule's error. */
  failNext(count: number, rule: FaultRule): void;
  /** Each matching call fails with probability `rate`, drawn from a generator seeded with `seed`. */
  failRate(rate: number, rule: FaultRule & { seed?: number }): void;
  /** Every call waits this long before it runs (0 turns it off). */
  setLatency(ms: number): void;
  /** Removes every fault and the latency, and zeroes `injected`. */
  clear(): void;
  /** How many calls were failed on purpose, by method. */
  readonly injected: Readonly<Partial<Record<FaultableMethod, number>>>;
}

/** What the backend asks before and after each call. */
export interface FaultInjector extends FaultControls {
  latencyMs(): number;
  /** The error this call must fail with at this phase, if any. */
  check(method: FaultableMethod, phase: 'before' | 'after'): BackendError | undefined;
}

interface ActiveRule extends FaultRule {
  remaining: number;
  rate: number;
  random: () => number;
}

/** Makes the fault state of one memory backend. */
export function createFaultInjector(): FaultInjector {
  let rules: ActiveRule[] = [];
  let latency = 0;
  const injected: Partial<Record<FaultableMethod, number>> = {};
  const matches = (rule: ActiveRule, method: FaultableMethod, phase: 'before' | 'after') =>
    (rule.when ?? 'before') === phase &&
    (rule.methods === undefined || rule.methods.includes(method));

  return {
    injected,
    failNext(count, rule) {
      rules.push({ ...rule, remaining: count, rate: 1, random: Math.random });
    },
    failRate(rate, rule) {
      rules.push({
        ...rule,
        remaining: Number.POSITIVE_INFINITY,
        rate,
        random: seededRandom(rule.seed ?? 1),
      });
    },
    setLatency(ms) {
      latency = ms;
    },
    clear() {
      rules = [];
      latency = 0;
      for (const method of Object.keys(injected) as FaultableMethod[]) delete injected[method];
    },
    latencyMs: () => latency,
    check(method, phase) {
      for (const rule of rules) {
        if (rule.remaining <= 0 || !matches(rule, method, phase)) continue;
        if (rule.rate < 1 && rule.random() >= rule.rate) continue;
        rule.remaining -= 1;
        injected[method] = (injected[method] ?? 0) + 1;
        return rule.error();
      }
      return undefined;
    },
  };
}

/** A ready-made rule error: `offline`, as when the network drops. */
export const offlineError = (): BackendError =>
  new BackendError('offline', 'Injected: network down');
