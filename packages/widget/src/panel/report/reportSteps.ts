import type { MessageKey } from '../../i18n/Messages.ts';

/** One step of the guided report: its name and the draft fields it edits. */
export interface ReportStep {
  name: MessageKey;
  /** Field paths; a path also covers its children (`stepsTried` covers `stepsTried.2`). */
  fields: readonly string[];
}

/** The five steps, in order (DESIGN.md, "The report, from click to ticket"). */
export const REPORT_STEPS: readonly ReportStep[] = [
  { name: 'report.step.summary', fields: ['summary', 'category', 'errorCode'] },
  { name: 'report.step.tried', fields: ['stepsTried'] },
  { name: 'report.step.details', fields: ['expected', 'observed'] },
  { name: 'report.step.files', fields: ['attachments'] },
  { name: 'report.step.review', fields: ['contact', 'priority'] },
];

/** True when `field` is `path` or inside it. */
export function covers(path: string, field: string): boolean {
  return field === path || field.startsWith(`${path}.`);
}

/** The step (1-based) that edits `field`; the last step for anything unknown. */
export function stepOf(field: string): number {
  const index = REPORT_STEPS.findIndex((step) => step.fields.some((path) => covers(path, field)));
  return index === -1 ? REPORT_STEPS.length : index + 1;
}
