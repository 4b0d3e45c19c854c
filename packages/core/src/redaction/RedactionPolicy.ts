import { REDACTION_KINDS, type RedactionKind } from './RedactionKind.ts';

/** What `redactText` hides. Every field is optional; the defaults hide everything. */
export interface RedactionPolicy {
  /**
   * Whether email addresses are masked or kept (a support agent often needs
   * the address the user typed). A kept address is still protected from being
   * half-masked by other detectors.
   * @default 'mask'
   */
  email?: 'mask' | 'keep';
  /**
   * The kinds that are on. A kind left out is not looked for (and `email`
   * left out behaves like `email: 'keep'`).
   * @default every kind in REDACTION_KINDS
   */
  kinds?: readonly RedactionKind[];
}

/** A policy with every default filled in. */
export interface ResolvedRedactionPolicy {
  maskEmail: boolean;
  on: ReadonlySet<RedactionKind>;
}

const ALL_ON: ReadonlySet<RedactionKind> = new Set(REDACTION_KINDS);

/** Fills in the defaults of a policy once, so the detectors never see `undefined`. */
export function resolveRedactionPolicy(policy: RedactionPolicy = {}): ResolvedRedactionPolicy {
  const on = policy.kinds === undefined ? ALL_ON : new Set(policy.kinds);
  return { maskEmail: policy.email !== 'keep' && on.has('email'), on };
}
