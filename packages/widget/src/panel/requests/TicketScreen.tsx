import { useSignal } from '@preact/signals';
import type { JSX } from 'preact';
import { useEffect } from 'preact/hooks';
import { useT } from '../../i18n/useT.ts';
import type { TicketDetail } from '../coreTypes.ts';
import { usePanel } from '../PanelServices.ts';
import { ScreenHeading } from '../ScreenHeading.tsx';
import { errorText } from '../words/reasonText.ts';
import { RatingInput } from './RatingInput.tsx';
import { TicketForm } from './TicketForm.tsx';

/**
 * One request: status, the replies (as text, never HTML), and the owner's
 * actions: add information, ask for escalation with a reason, rate 1–5.
 */
export function TicketScreen(props: { id: string; reference: string }): JSX.Element {
  const t = useT();
  const { client, announcer } = usePanel();
  const ticket = useSignal<TicketDetail | null>(null);
  const failed = useSignal<string | null>(null);

  const load = () =>
    client.getTicket(props.id).then(
      (detail) => {
        ticket.value = detail;
      },
      (error: unknown) => {
        failed.value = errorText(t, error);
        announcer.alarm(failed.value);
      },
    );
  useEffect(() => {
    void load();
  }, [props.id]);

  const detail = ticket.value;
  const from = (who: 'visitor' | 'agent' | 'system', author?: string) =>
    who === 'visitor'
      ? t.t('detail.fromVisitor')
      : who === 'agent'
        ? (author ?? t.t('detail.fromAgent'))
        : t.t('detail.fromSystem');
  return (
    <div class="body">
      <ScreenHeading>{t.t('detail.title', { reference: props.reference })}</ScreenHeading>
      {detail === null ? (
        <p class={failed.value ? 'error' : 'muted'}>{failed.value ?? t.t('panel.loading')}</p>
      ) : (
        <>
          <p class="card-title">{detail.summary}</p>
          <p>
            <span class="status">{t.t(`status.${detail.status}`)}</span>
          </p>
          <h4>{t.t('detail.replies')}</h4>
          {detail.entries.length === 0 ? (
            <p class="muted">{t.t('detail.noReplies')}</p>
          ) : (
            <ol class="list">
              {detail.entries.map((entry) => (
                <li key={entry.id} class={entry.from === 'visitor' ? 'entry visitor' : 'entry'}>
                  <span class="entry-meta">
                    {from(entry.from, entry.author)} · {t.dateTime(Date.parse(entry.at))}
                  </span>
                  {entry.text}
                </li>
              ))}
            </ol>
          )}
          <TicketForm
            name="add"
            title={t.t('detail.add')}
            label={t.t('detail.addLabel')}
            done={t.t('detail.added')}
            submit={async (text) => {
              await client.addToTicket(props.id, text);
              await load();
            }}
          />
          {detail.escalated ? (
            <p class="muted">{t.t('detail.alreadyEscalated')}</p>
          ) : (
            <TicketForm
              name="escalate"
              title={t.t('detail.escalate')}
              label={t.t('detail.escalateLabel')}
              done={t.t('detail.escalated')}
              submit={async (reason) => {
                await client.escalate(props.id, reason);
                await load();
              }}
            />
          )}
          <RatingInput
            rating={detail.rating}
            rate={async (score) => {
              await client.rate(props.id, { score });
              await load();
            }}
          />
        </>
      )}
    </div>
  );
}
