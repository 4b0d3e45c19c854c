import type { JSX } from 'preact';
import { useEffect } from 'preact/hooks';
import { useT } from '../../i18n/useT.ts';
import type { OutboxEntry } from '../coreTypes.ts';
import { usePanel } from '../PanelServices.ts';
import { ScreenHeading } from '../ScreenHeading.tsx';
import { useNow } from '../useNow.ts';
import { entryStateText } from '../words/entryStateText.ts';
import { CopyReference } from './CopyReference.tsx';

/**
 * After Send: upload progress while the outbox sends, then the confirmation
 * with the reference number, the expected first answer for its priority and
 * where replies arrive. When the report only got as far as the device, it
 * says so and what the outbox is doing about it.
 */
export function SentScreen(props: { entry: OutboxEntry }): JSX.Element {
  const t = useT();
  const { client, router, announcer } = usePanel();
  const state = props.entry.state.value;
  const now = useNow(state.status === 'retrying');

  useEffect(() => {
    if (state.status === 'sent')
      announcer.say(`${t.t('confirm.title')}: ${state.receipt.reference}`);
    else if (state.status === 'needs-attention') announcer.alarm(entryStateText(t, state, now));
  }, [state.status]);

  const done = (
    <div class="footer">
      <button
        type="button"
        class="btn btn-secondary"
        onClick={() => router.reset({ name: 'requests' })}
      >
        {t.t('home.requests')}
      </button>
      <button type="button" class="btn btn-primary" onClick={() => router.reset()}>
        {t.t('confirm.done')}
      </button>
    </div>
  );

  if (state.status === 'sending') {
    return (
      <div class="body">
        <ScreenHeading>{t.t('send.sending')}</ScreenHeading>
        <label class="label" for="destek-upload">
          {t.t('send.uploading', {
            percent: t.percent(state.total > 0 ? state.sent / state.total : 0),
          })}
        </label>
        <progress id="destek-upload" max={Math.max(state.total, 1)} value={state.sent} />
      </div>
    );
  }
  if (state.status === 'sent') {
    const receipt = state.receipt;
    const email = props.entry.report.contact?.email;
    return (
      <>
        <div class="body">
          <ScreenHeading>{t.t('confirm.title')}</ScreenHeading>
          <p id="destek-ref-label">{t.t('confirm.reference')}</p>
          <CopyReference reference={receipt.reference} />
          <p>
            {t.t('confirm.firstResponse', {
              duration: t.duration(receipt.firstResponse.minutes),
              date: t.dateTime(Date.parse(receipt.firstResponse.dueAt)),
            })}
          </p>
          <p>
            {client.config.user === null && email
              ? t.t('confirm.repliesEmail', { email })
              : t.t('confirm.repliesAccount')}
          </p>
        </div>
        {done}
      </>
    );
  }
  return (
    <>
      <div class="body">
        <ScreenHeading>{t.t('confirm.savedTitle')}</ScreenHeading>
        {state.status === 'needs-attention' ? (
          <>
            <p class="error">{entryStateText(t, state, now)}</p>
            <button
              type="button"
              class="btn btn-primary"
              onClick={() => router.go({ name: 'entry', entry: props.entry })}
            >
              {t.t('outbox.edit')}
            </button>
          </>
        ) : (
          <>
            <p>{t.t('confirm.saved')}</p>
            <p class="status">{entryStateText(t, state, now)}</p>
          </>
        )}
      </div>
      {done}
    </>
  );
}
