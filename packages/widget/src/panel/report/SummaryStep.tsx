import type { JSX } from 'preact';
import { useT } from '../../i18n/useT.ts';
import { fieldId } from '../fields/fieldId.ts';
import { TextField } from '../fields/TextField.tsx';
import { usePanel } from '../PanelServices.ts';
import { categoryLabel } from '../words/categoryLabel.ts';
import { issueText } from '../words/issueText.ts';
import type { StepProps } from './StepProps.ts';

/** Step 1: the one-sentence summary, the category (with the classifier's suggestion and hint) and an error code. */
export function SummaryStep({ issuesOf, touch }: StepProps): JSX.Element {
  const t = useT();
  const { client } = usePanel();
  const draft = client.report.draft.value;
  const categories = client.config.categories;
  const suggestion = client.suggestion.value;
  const hint = client.categoryHint.value;
  const detected = client.report.errorCode.value;
  const label = (id: string) => categoryLabel(t, categories, id);
  const categoryIssues = issuesOf('category');
  const categoryId = fieldId('category');
  const choose = (id: string) => client.report.update({ category: id });
  return (
    <>
      <TextField
        field="summary"
        label={t.t('field.summary')}
        help={t.t('field.summaryHelp')}
        value={draft.summary}
        onInput={(summary) => client.report.update({ summary })}
        onBlur={() => touch('summary')}
        issues={issuesOf('summary')}
        maxLength={client.config.limits.summaryChars}
      />
      <div class="field">
        <label for={categoryId}>{t.t('field.category')}</label>
        <select
          id={categoryId}
          class="select"
          value={draft.category ?? ''}
          aria-invalid={categoryIssues.some((i) => i.severity === 'error') ? 'true' : undefined}
          aria-describedby={
            categoryIssues.length > 0 || hint || suggestion ? `${categoryId}-issue` : undefined
          }
          onChange={(event) => {
            const value = event.currentTarget.value;
            client.report.update({ category: value === '' ? null : value });
            touch('category');
          }}
        >
          <option value="">{t.t('field.categoryChoose')}</option>
          {categories.map((c) => (
            <option key={c.id} value={c.id}>
              {label(c.id)}
            </option>
          ))}
        </select>
        <div id={`${categoryId}-issue`}>
          {categoryIssues.map((issue) => (
            <p key={issue.code} class="issue">
              {issueText(t, issue)}
            </p>
          ))}
          {hint ? (
            <p class="hint">
              {t.t('category.hint', { category: label(hint.suggested) })}
              <button type="button" class="link-btn" onClick={() => choose(hint.suggested)}>
                {t.t('category.use', { category: label(hint.suggested) })}
              </button>
            </p>
          ) : draft.category === null && suggestion && suggestion.confidence > 0 ? (
            <p class="hint">
              {t.t('category.suggested', { category: label(suggestion.category) })}
              <button type="button" class="link-btn" onClick={() => choose(suggestion.category)}>
                {t.t('category.use', { category: label(suggestion.category) })}
              </button>
            </p>
          ) : null}
        </div>
      </div>
      <TextField
        field="errorCode"
        label={t.t('field.errorCode')}
        help={
          draft.errorCode === null && detected
            ? t.t('field.errorCodeDetected', { code: detected.code })
            : t.t('field.errorCodeHelp')
        }
        value={draft.errorCode ?? ''}
        onInput={(value) => client.report.update({ errorCode: value.trim() === '' ? null : value })}
        onBlur={() => touch('errorCode')}
        issues={issuesOf('errorCode')}
        autoComplete="off"
      />
    </>
  );
}
