import type { JSX } from 'preact';
import { useT } from '../../i18n/useT.ts';
import type { OutboxEntry } from '../coreTypes.ts';
import { usePanel } from '../PanelServices.ts';
import { useNow } from '../useNow.ts';
import { entryStateText } from '../words/entryStateText.ts';

/** A report still on the device, with its state in words; a refused one opens for editing. */
export function OutboxItem(props: { entry: OutboxEntry }): JSX.Element {
  const t = useT();
  const { router } = usePanel();
  const state = props.entry.state.value;
  const now = useNow(state.status === 'retrying');
  const attention = state.status === 'needs-attention';
  return (
    <li class="card">
      <div class="card-title">{props.entry.report.summary}</div>
      <p class="muted">{t.t('requests.savedAt', { date: t.dateTime(props.entry.createdAt) })}</p>
      <p class={attention ? 'status attention' : 'status'}>{entryStateText(t, state, now)}</p>
      {attention ? (
        <p>
          <button
            type="button"
            class="btn btn-primary"
            onClick={() => router.go({ name: 'entry', entry: props.entry })}
          >
            {t.t('outbox.edit')}
          </button>
        </p>
      ) : null}
    </li>
  );
}
