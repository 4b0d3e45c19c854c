import { useSignal } from '@preact/signals';
import type { JSX } from 'preact';
import { useEffect } from 'preact/hooks';
import { useT } from '../../i18n/useT.ts';
import type { TicketSummary } from '../coreTypes.ts';
import { usePanel } from '../PanelServices.ts';
import { ScreenHeading } from '../ScreenHeading.tsx';
import { errorText } from '../words/reasonText.ts';
import { OutboxItem } from './OutboxItem.tsx';
import { TicketItem } from './TicketItem.tsx';

/**
 * My requests: reports still on this device (from the outbox, with their
 * state) above the ones the backend has (with status and dates).
 */
export function RequestsScreen(): JSX.Element {
  const t = useT();
  const { client, announcer } = usePanel();
  const tickets = useSignal<readonly TicketSummary[] | null>(null);
  const failed = useSignal<string | null>(null);
  const attempt = useSignal(0);

  useEffect(() => {
    let live = true;
    failed.value = null;
    client.listTickets().then(
      (list) => {
        if (live) tickets.value = list;
      },
      (error: unknown) => {
        if (!live) return;
        failed.value = t.t('requests.loadFailed', { reason: errorText(t, error) });
        announcer.alarm(failed.value);
      },
    );
    return () => {
      live = false;
    };
  }, [client, attempt.value]);

  const pending = client.outbox.entries.value.filter((e) => e.state.value.status !== 'sent');
  const memoryOnly = client.outbox.state.value.storage === 'memory' && pending.length > 0;
  const list = tickets.value;
  return (
    <div class="body">
      <ScreenHeading>{t.t('requests.title')}</ScreenHeading>
      {memoryOnly ? <p class="hint">{t.t('outbox.memoryOnly')}</p> : null}
      {pending.length > 0 ? (
        <>
          <h4>{t.t('requests.onDevice')}</h4>
          <ul class="list">
            {pending.map((entry) => (
              <OutboxItem key={entry.id} entry={entry} />
            ))}
          </ul>
        </>
      ) : null}
      {failed.value ? (
        <p class="error">
          {failed.value}{' '}
          <button type="button" class="link-btn" onClick={() => (attempt.value += 1)}>
            {t.t('panel.retry')}
          </button>
        </p>
      ) : list === null ? (
        <p class="muted">{t.t('panel.loading')}</p>
      ) : list.length === 0 && pending.length === 0 ? (
        <p class="muted">{t.t('requests.empty')}</p>
      ) : list.length > 0 ? (
        <>
          <h4>{t.t('requests.sentList')}</h4>
          <ul class="list">
            {list.map((ticket) => (
              <TicketItem key={ticket.id} ticket={ticket} />
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
