import {
  type ContextFact,
  type DiagnosticResult,
  LIMITS,
  type RedactionFinding,
  type Report,
} from '@destek/protocol';
import { ValidationError } from '../errors/ValidationError.ts';
import type { ErrorCodeDetector } from './ErrorCodeDetector.ts';
import { effectiveErrorCode } from './effectiveErrorCode.ts';
import type { ReportDraft } from './ReportDraft.ts';
import { type DraftRules, isSendable, validateDraft } from './validateDraft.ts';

const WIRE_ERROR_CODE = /^[\p{L}\p{N}][\p{L}\p{N} ._:/-]*$/u;

/** What the wire report needs besides the draft. */
export interface WireReportParts {
  /** Made once when the user presses Send (`newId()`); the idempotency key repeats it. */
  clientReportId: string;
  locale: string;
  /** The facts the user kept (see `collectContext`, `withoutFacts`). */
  context: readonly ContextFact[];
  /** What the redactor hid from the draft's text; omitted when nothing was. */
  redactions?: readonly RedactionFinding[];
  /** See `toDiagnosticResults`. */
  diagnostics?: readonly DiagnosticResult[];
  /** When Send was pressed, in ms since 1970 (the device clock). */
  createdAt?: number;
}

/**
 * The protocol `Report` for a draft. The draft's text must already be
 * redacted (the server stores what it is sent). Blank steps are dropped,
 * fields trimmed, the error code detected unless the user set one. Throws a
 * {@link ValidationError} listing every blocking field when the draft is not
 * sendable.
 */
export function toWireReport(
  draft: ReportDraft,
  parts: WireReportParts,
  rules: DraftRules,
  detect: ErrorCodeDetector,
): Report {
  const issues = validateDraft(draft, rules);
  if (!isSendable(issues)) {
    throw new ValidationError(issues.filter((issue) => issue.severity === 'error'));
  }
  const errorCode = effectiveErrorCode(draft, detect);
  const email = draft.contact.email.trim();
  const name = draft.contact.name.trim();
  const report: Report = {
    clientReportId: parts.clientReportId,
    summary: draft.summary.trim(),
    stepsTried: draft.stepsTried.map((step) => step.trim()).filter((step) => step !== ''),
    expected: draft.expected.trim(),
    observed: draft.observed.trim(),
    // validateDraft refused a null category above.
    category: draft.category ?? 'other',
    priority: draft.priority,
    locale: parts.locale,
    attachments: [...draft.attachments],
    context: [...parts.context],
  };
  // A detected code is only sent when it fits the wire's grammar; the user's own was validated.
  if (
    errorCode &&
    errorCode.code.length <= LIMITS.errorCodeChars &&
    WIRE_ERROR_CODE.test(errorCode.code)
  ) {
    report.errorCode = errorCode.code;
  }
  if (parts.redactions && parts.redactions.length > 0) report.redactions = [...parts.redactions];
  if (parts.diagnostics && parts.diagnostics.length > 0)
    report.diagnostics = [...parts.diagnostics];
  if (email !== '' || name !== '') {
    report.contact = {};
    if (email !== '') report.contact.email = email;
    if (name !== '') report.contact.name = name;
  }
  if (parts.createdAt !== undefined) report.createdAt = new Date(parts.createdAt).toISOString();
  return report;
}
