import { emailSchema, isCleanText, LIMITS, validate } from '@destek/protocol';
import type { ResolvedConfig } from '../config/ResolvedConfig.ts';
import type { FieldIssue } from './FieldIssue.ts';
import type { ReportDraft } from './ReportDraft.ts';

const LINE_BREAK = /[\r\n\u2028\u2029]/;
// A sentence end followed by a capitalised word: "Deposit failed. Card was charged".
// Decimals and versions ("4.12.0") have no space after the dot, so they pass.
const SECOND_SENTENCE = /[.!?…]\s+\p{Lu}/u;
// The wire's error-code grammar: starts with a letter or digit, then a few separators.
const ERROR_CODE = /^[\p{L}\p{N}][\p{L}\p{N} ._:/-]*$/u;

/** The parts of the resolved config that decide what a valid draft is. */
export type DraftRules = Pick<ResolvedConfig, 'limits' | 'categories' | 'user'>;

function checkText(
  issues: FieldIssue[],
  field: string,
  value: string,
  options: { required: boolean; max: number; oneLine?: boolean },
): void {
  const trimmed = value.trim();
  if (trimmed === '') {
    if (options.required) issues.push({ field, code: 'required', severity: 'error' });
    return;
  }
  if (trimmed.length > options.max) {
    issues.push({ field, code: 'too_long', severity: 'error', limit: options.max });
  }
  if (options.oneLine && LINE_BREAK.test(trimmed)) {
    issues.push({ field, code: 'multiple_lines', severity: 'error' });
  }
  if (!isCleanText(trimmed)) issues.push({ field, code: 'invalid_text', severity: 'error' });
}

/**
 * Checks every field of a draft and returns its issues (empty when the draft
 * can be sent), in field order, so the first error is the one to focus.
 */
export function validateDraft(draft: ReportDraft, rules: DraftRules): FieldIssue[] {
  const issues: FieldIssue[] = [];
  checkText(issues, 'summary', draft.summary, {
    required: true,
    max: rules.limits.summaryChars,
    oneLine: true,
  });
  if (SECOND_SENTENCE.test(draft.summary.trim())) {
    issues.push({ field: 'summary', code: 'multiple_sentences', severity: 'warning' });
  }

  const steps = draft.stepsTried.filter((step) => step.trim() !== '');
  if (steps.length > rules.limits.stepsTried) {
    issues.push({
      field: 'stepsTried',
      code: 'too_many',
      severity: 'error',
      limit: rules.limits.stepsTried,
    });
  }
  draft.stepsTried.forEach((step, index) => {
    checkText(issues, `stepsTried.${index}`, step, { required: false, max: LIMITS.stepChars });
  });

  checkText(issues, 'expected', draft.expected, { required: false, max: LIMITS.detailChars });
  checkText(issues, 'observed', draft.observed, { required: true, max: LIMITS.detailChars });

  if (draft.category === null) {
    issues.push({ field: 'category', code: 'required', severity: 'error' });
  } else if (!rules.categories.some((category) => category.id === draft.category)) {
    issues.push({ field: 'category', code: 'unknown_category', severity: 'error' });
  }

  const code = draft.errorCode?.trim() ?? '';
  if (code !== '') {
    if (code.length > LIMITS.errorCodeChars) {
      issues.push({
        field: 'errorCode',
        code: 'too_long',
        severity: 'error',
        limit: LIMITS.errorCodeChars,
      });
    } else if (!ERROR_CODE.test(code)) {
      issues.push({ field: 'errorCode', code: 'invalid_error_code', severity: 'error' });
    }
  }

  if (draft.attachments.length > rules.limits.attachments) {
    issues.push({
      field: 'attachments',
      code: 'too_many',
      severity: 'error',
      limit: rules.limits.attachments,
    });
  }

  const email = draft.contact.email.trim();
  if (email === '') {
    // An identified user is reached through their account; anyone else needs an address.
    if (rules.user === null)
      issues.push({ field: 'contact.email', code: 'required', severity: 'error' });
  } else if (!validate(emailSchema, email).ok) {
    issues.push({ field: 'contact.email', code: 'invalid_email', severity: 'error' });
  }
  checkText(issues, 'contact.name', draft.contact.name, {
    required: false,
    max: LIMITS.nameChars,
    oneLine: true,
  });
  return issues;
}

/** True when none of the issues blocks sending (warnings do not). */
export function isSendable(issues: readonly FieldIssue[]): boolean {
  return issues.every((issue) => issue.severity !== 'error');
}
