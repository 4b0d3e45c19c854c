import type { JSX } from 'preact';
import type { MessageKey } from '../../i18n/Messages.ts';
import { useT } from '../../i18n/useT.ts';
import { TextField } from '../fields/TextField.tsx';
import { usePanel } from '../PanelServices.ts';
import type { StepProps } from './StepProps.ts';

/** Fixes people try first; offered as chips in the user's language, sent as the words shown. */
const COMMON_FIXES: readonly MessageKey[] = [
  'fix.reload',
  'fix.relogin',
  'fix.cache',
  'fix.otherBrowser',
  'fix.update',
  'fix.restart',
  'fix.network',
  'fix.clock',
];

/** Step 2: what the user already tried, as a list; a chip adds or removes a common fix. */
export function TriedStep({ issuesOf, touch }: StepProps): JSX.Element {
  const t = useT();
  const { client, announcer } = usePanel();
  const steps = client.report.draft.value.stepsTried;
  const toggle = (text: string) => {
    const index = steps.indexOf(text);
    if (index === -1) {
      client.report.addStep(text);
      announcer.say(t.t('tried.added', { text }));
    } else {
      client.report.removeStep(index);
    }
  };
  const listIssues = issuesOf('stepsTried').filter((issue) => issue.field === 'stepsTried');
  return (
    <>
      <p class="muted">{t.t('field.stepsTriedHelp')}</p>
      <h4 id="destek-fixes">{t.t('tried.common')}</h4>
      <ul class="chips" aria-labelledby="destek-fixes">
        {COMMON_FIXES.map((key) => {
          const text = t.t(key);
          return (
            <li key={key}>
              <button
                type="button"
                class="chip"
                aria-pressed={steps.includes(text) ? 'true' : 'false'}
                onClick={() => toggle(text)}
              >
                {text}
              </button>
            </li>
          );
        })}
      </ul>
      <h4>{t.t('field.stepsTried')}</h4>
      <ol class="list">
        {steps.map((text, index) => (
          <li key={index} class="row">
            <TextField
              field={`stepsTried.${index}`}
              label={t.t('field.step', { number: index + 1 })}
              value={text}
              onInput={(value) => client.report.editStep(index, value)}
              onBlur={() => touch(`stepsTried.${index}`)}
              issues={issuesOf(`stepsTried.${index}`)}
              hideLabel
            />
            <button
              type="button"
              class="btn btn-secondary"
              onClick={() => client.report.removeStep(index)}
            >
              <span aria-hidden="true">✕</span>
              <span class="sr-only">{t.t('tried.remove', { number: index + 1 })}</span>
            </button>
          </li>
        ))}
      </ol>
      {listIssues.map((issue) => (
        <p key={issue.code} class="issue" role="alert">
          {t.t(`issue.${issue.code}`, { count: issue.limit ?? 0 })}
        </p>
      ))}
      {steps.length < client.config.limits.stepsTried ? (
        <button type="button" class="btn btn-secondary" onClick={() => client.report.addStep('')}>
          {t.t('tried.add')}
        </button>
      ) : null}
    </>
  );
}
