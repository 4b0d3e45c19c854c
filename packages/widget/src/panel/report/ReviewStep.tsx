import { useSignal } from '@preact/signals';
import type { JSX } from 'preact';
import { useEffect } from 'preact/hooks';
import type { MessageKey } from '../../i18n/Messages.ts';
import { useT } from '../../i18n/useT.ts';
import type { ContextFact, ReviewPreview } from '../coreTypes.ts';
import { TextField } from '../fields/TextField.tsx';
import { usePanel } from '../PanelServices.ts';
import { errorText } from '../words/reasonText.ts';
import { FactList } from './FactList.tsx';
import { PriorityChoice } from './PriorityChoice.tsx';
import type { StepProps } from './StepProps.ts';

/**
 * Step 5: exactly what will be sent: the text after redaction and what was
 * hidden, the files, each device and app fact (removable), the priority, and
 * a contact e-mail when the user is anonymous.
 */
export function ReviewStep({ issuesOf, touch }: StepProps): JSX.Element {
  const t = useT();
  const { client } = usePanel();
  const preview = useSignal<ReviewPreview | null>(null);
  const failed = useSignal<string | null>(null);
  // Every fact seen, so a removed one stays listed with "Add back".
  const facts = useSignal<readonly ContextFact[]>([]);
  const draft = client.report.draft.value;

  useEffect(() => {
    let live = true;
    client.review().then(
      (result) => {
        if (!live) return;
        preview.value = result;
        const known = new Set(facts.value.map((f) => f.key));
        facts.value = [...facts.value, ...result.facts.filter((f) => !known.has(f.key))];
      },
      (error: unknown) => {
        if (live) failed.value = errorText(t, error);
      },
    );
    return () => {
      live = false;
    };
  }, [client, draft.summary, draft.expected, draft.observed, draft.stepsTried]);

  const p = preview.value;
  const hidden = p?.findings.filter((f) => t.has(`redaction.${f.kind}`)) ?? [];
  return (
    <>
      <h4>{t.t('review.text')}</h4>
      {p ? (
        <>
          <dl class="preview card">
            <dt>{t.t('field.summary')}</dt>
            <dd>{p.summary}</dd>
            <dt>{t.t('field.stepsTried')}</dt>
            <dd>{p.stepsTried.length > 0 ? p.stepsTried.join('\n') : t.t('review.noneTried')}</dd>
            {p.expected ? (
              <>
                <dt>{t.t('field.expected')}</dt>
                <dd>{p.expected}</dd>
              </>
            ) : null}
            <dt>{t.t('field.observed')}</dt>
            <dd>{p.observed}</dd>
            {client.files.value.length > 0 ? (
              <>
                <dt>{t.t('field.attachments')}</dt>
                <dd>{client.files.value.map((f) => f.name).join(', ')}</dd>
              </>
            ) : null}
          </dl>
          <p class="muted">
            {hidden.length > 0
              ? `${t.t('review.hidden')} ${hidden.map((f) => t.t(`redaction.${f.kind}` as MessageKey, { count: f.count })).join(', ')}`
              : t.t('review.nothingHidden')}
          </p>
        </>
      ) : (
        <p class="muted" role={failed.value ? 'alert' : undefined}>
          {failed.value ?? t.t('review.preparing')}
        </p>
      )}
      <FactList facts={facts.value} />
      <PriorityChoice />
      {client.config.user === null ? (
        <>
          <h4>{t.t('review.contact')}</h4>
          <TextField
            field="contact.email"
            type="email"
            autoComplete="email"
            label={t.t('field.contactEmail')}
            help={t.t('field.contactEmailHelp')}
            value={draft.contact.email}
            onInput={(email) =>
              client.report.update({ contact: { ...client.report.draft.value.contact, email } })
            }
            onBlur={() => touch('contact.email')}
            issues={issuesOf('contact.email')}
          />
          <TextField
            field="contact.name"
            autoComplete="name"
            label={t.t('field.contactName')}
            value={draft.contact.name}
            onInput={(name) =>
              client.report.update({ contact: { ...client.report.draft.value.contact, name } })
            }
            onBlur={() => touch('contact.name')}
            issues={issuesOf('contact.name')}
          />
        </>
      ) : null}
    </>
  );
}
