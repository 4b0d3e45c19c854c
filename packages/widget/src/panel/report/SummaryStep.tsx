import { LIMITS } from '@destek/core';
import type { JSX } from 'preact';
import { useT } from '../../i18n/useT.ts';
import { fieldId } from '../fields/fieldId.ts';
import { TextField } from '../fields/TextField.tsx';
import { usePanelShell } from '../PanelServices.ts';
import { categoryLabel } from '../words/categoryLabel.ts';
import { issueText } from '../words/issueText.ts';
import type { EarlyFields } from './earlyReport.ts';
import type { StepProps } from './StepProps.ts';

/**
 * Step 1: the one-sentence summary, the category (with the classifier's
 * suggestion and hint) and an error code. Drawn before the client is ready
 * on a cold open: typing goes to the shell's early fields until then, and the
 * category list (the client's configuration) is disabled until it arrives.
 */
export function SummaryStep({ issuesOf, touch }: StepProps): JSX.Element {
  const t = useT();
  const { client: ready, early } = usePanelShell();
  const client = ready.value;
  const draft = client?.report.draft.value ?? {
    summary: '',
    category: null,
    errorCode: null,
    ...early.value,
  };
  const categories = client?.config.categories ?? [];
  const suggestion = client?.suggestion.value ?? null;
  const hint = client?.categoryHint.value ?? null;
  const detected = client?.report.errorCode.value ?? null;
  // The client is read when the user acts, not when this was drawn: it may have arrived in between.
  const update = (patch: EarlyFields) => {
    const now = ready.peek();
    if (now) now.report.update(patch);
    else early.value = { ...early.value, ...patch };
  };
  const label = (id: string) => categoryLabel(t, categories, id);
  const categoryIssues = issuesOf('category');
  const categoryId = fieldId('category');
  const choose = (id: string) => update({ category: id });
  return (
    <>
      <TextField
        field="summary"
        label={t.t('field.summary')}
        help={t.t('field.summaryHelp')}
        value={draft.summary}
        onInput={(summary) => update({ summary })}
        onBlur={() => touch('summary')}
        issues={issuesOf('summary')}
        maxLength={client?.config.limits.summaryChars ?? LIMITS.summaryChars}
      />
      <div class="field">
        <label for={categoryId}>{t.t('field.category')}</label>
        <select
          id={categoryId}
          class="select"
          disabled={!client}
          value={draft.category ?? ''}
          aria-invalid={categoryIssues.some((i) => i.severity === 'error') ? 'true' : undefined}
          aria-describedby={
            categoryIssues.length > 0 || hint || suggestion ? `${categoryId}-issue` : undefined
          }
          onChange={(event) => {
            const value = event.currentTarget.value;
            update({ category: value === '' ? null : value });
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
        onInput={(value) => update({ errorCode: value.trim() === '' ? null : value })}
        onBlur={() => touch('errorCode')}
        issues={issuesOf('errorCode')}
        autoComplete="off"
      />
    </>
  );
}
