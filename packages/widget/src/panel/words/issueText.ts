import type { Translator } from '../../i18n/createTranslator.ts';
import type { FieldIssue } from '../coreTypes.ts';

/** A field issue in the user's words (`Keep it to 200 characters.`). */
export function issueText(t: Translator, issue: FieldIssue): string {
  return t.t(`issue.${issue.code}`, { count: issue.limit ?? 0 });
}
