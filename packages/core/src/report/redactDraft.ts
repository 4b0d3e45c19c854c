import type { RedactionFinding } from '@destek/protocol';
import type { RedactionPolicy } from '../redaction/RedactionPolicy.ts';
import { redactText } from '../redaction/redactText.ts';
import type { ReportDraft } from './ReportDraft.ts';

/** A draft with secrets masked, and what was masked across all its fields. */
export interface RedactedDraft {
  readonly draft: ReportDraft;
  /** One finding per kind, counts summed over the fields, for the review screen and the wire. */
  readonly findings: RedactionFinding[];
}

/**
 * Masks secrets in every free-text field of a draft (summary, steps,
 * expected, observed, contact name) before review and sending. The contact
 * e-mail is left alone: it is the address the user chose to be reached at.
 * The error code is left alone: codes are never secrets and redacting them
 * would break classification.
 */
export function redactDraft(draft: ReportDraft, policy?: RedactionPolicy): RedactedDraft {
  const counts = new Map<string, number>();
  const redact = (text: string): string => {
    if (text.trim() === '') return text;
    const result = redactText(text, policy);
    for (const { kind, count } of result.findings)
      counts.set(kind, (counts.get(kind) ?? 0) + count);
    return result.text;
  };
  const redacted: ReportDraft = {
    ...draft,
    summary: redact(draft.summary),
    stepsTried: draft.stepsTried.map(redact),
    expected: redact(draft.expected),
    observed: redact(draft.observed),
    contact: { email: draft.contact.email, name: redact(draft.contact.name) },
  };
  return { draft: redacted, findings: [...counts].map(([kind, count]) => ({ kind, count })) };
}
