import type { JSX } from 'preact';
import { useT } from '../../i18n/useT.ts';
import { TextField } from '../fields/TextField.tsx';
import { usePanel } from '../PanelServices.ts';
import type { StepProps } from './StepProps.ts';

/** Step 3: what the user expected and what happened instead (ideally the exact error text). */
export function DetailsStep({ issuesOf, touch }: StepProps): JSX.Element {
  const t = useT();
  const { client } = usePanel();
  const draft = client.report.draft.value;
  return (
    <>
      <TextField
        field="expected"
        label={t.t('field.expected')}
        help={t.t('field.expectedHelp')}
        value={draft.expected}
        onInput={(expected) => client.report.update({ expected })}
        onBlur={() => touch('expected')}
        issues={issuesOf('expected')}
        multiline
      />
      <TextField
        field="observed"
        label={t.t('field.observed')}
        help={t.t('field.observedHelp')}
        value={draft.observed}
        onInput={(observed) => client.report.update({ observed })}
        onBlur={() => touch('observed')}
        issues={issuesOf('observed')}
        multiline
      />
    </>
  );
}
