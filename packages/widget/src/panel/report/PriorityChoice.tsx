import type { JSX } from 'preact';
import { useT } from '../../i18n/useT.ts';
import type { ReportDraft } from '../coreTypes.ts';
import { usePanel } from '../PanelServices.ts';

const CHOICES = [
  { value: 'urgent', label: 'priority.urgent', hint: 'priority.urgentHint' },
  { value: 'normal', label: 'priority.normal', hint: 'priority.normalHint' },
  { value: 'low', label: 'priority.low', hint: 'priority.lowHint' },
] as const satisfies ReadonlyArray<{ value: ReportDraft['priority']; label: string; hint: string }>;

/** The priority as three radios, each with what it is for, under a one-line guide to choosing honestly. */
export function PriorityChoice(): JSX.Element {
  const t = useT();
  const { client } = usePanel();
  const current = client.report.draft.value.priority;
  return (
    <fieldset aria-describedby="destek-priority-guide">
      <legend>{t.t('field.priority')}</legend>
      <p class="muted" id="destek-priority-guide">
        {t.t('review.priorityGuide')}
      </p>
      {CHOICES.map((choice) => (
        <label key={choice.value} class="choice">
          <input
            type="radio"
            name="destek-priority"
            value={choice.value}
            checked={current === choice.value}
            onChange={() => client.report.update({ priority: choice.value })}
          />
          <span>
            <strong>{t.t(choice.label)}</strong>
            <br />
            <span class="muted">{t.t(choice.hint)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
