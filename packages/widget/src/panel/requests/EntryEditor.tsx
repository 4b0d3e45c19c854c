import { useSignal } from '@preact/signals';
import type { JSX } from 'preact';
import { useT } from '../../i18n/useT.ts';
import type { FieldIssue, OutboxEntry } from '../coreTypes.ts';
import { TextField } from '../fields/TextField.tsx';
import { usePanel } from '../PanelServices.ts';
import { ScreenHeading } from '../ScreenHeading.tsx';
import { useNow } from '../useNow.ts';
import { entryStateText } from '../words/entryStateText.ts';
import { errorText } from '../words/reasonText.ts';

const required = (field: string, value: string): FieldIssue[] =>
  value.trim() === '' ? [{ field, code: 'required', severity: 'error' }] : [];

/**
 * A report the backend refused: the reason, its text editable, and Send
 * again (the outbox replaces it under the same idempotency key) or Delete.
 */
export function EntryEditor(props: { entry: OutboxEntry }): JSX.Element {
  const t = useT();
  const { client, router, announcer } = usePanel();
  const report = props.entry.report;
  const summary = useSignal(report.summary);
  const expected = useSignal(report.expected ?? '');
  const observed = useSignal(report.observed);
  const tried = useSignal(false);
  const state = props.entry.state.value;
  const now = useNow(state.status === 'retrying');
  const issues = (field: string, value: string) => (tried.value ? required(field, value) : []);

  const resend = async () => {
    tried.value = true;
    if (summary.value.trim() === '' || observed.value.trim() === '') {
      announcer.alarm(t.t('report.fixErrors', { count: 1 }));
      return;
    }
    try {
      const entry = await client.outbox.update(props.entry.id, {
        ...report,
        summary: summary.value.trim(),
        expected: expected.value,
        observed: observed.value,
      });
      router.replace({ name: 'sent', entry });
    } catch (error) {
      announcer.alarm(t.t('send.saveFailed', { reason: errorText(t, error) }));
    }
  };
  const discard = async () => {
    await client.outbox.discard(props.entry.id);
    router.back();
  };
  return (
    <>
      <div class="body">
        <ScreenHeading>{t.t('outbox.edit')}</ScreenHeading>
        <p class="error">{entryStateText(t, state, now)}</p>
        <TextField
          field="summary"
          label={t.t('field.summary')}
          value={summary.value}
          onInput={(v) => (summary.value = v)}
          issues={issues('summary', summary.value)}
        />
        <TextField
          field="expected"
          label={t.t('field.expected')}
          value={expected.value}
          onInput={(v) => (expected.value = v)}
          issues={[]}
          multiline
        />
        <TextField
          field="observed"
          label={t.t('field.observed')}
          value={observed.value}
          onInput={(v) => (observed.value = v)}
          issues={issues('observed', observed.value)}
          multiline
        />
      </div>
      <div class="footer">
        <button type="button" class="btn btn-secondary" onClick={() => void discard()}>
          {t.t('outbox.discard')}
        </button>
        <button type="button" class="btn btn-primary" onClick={() => void resend()}>
          {t.t('outbox.resend')}
        </button>
      </div>
    </>
  );
}
