import type { JSX } from 'preact';
import { useT } from '../../i18n/useT.ts';
import type { TicketSummary } from '../coreTypes.ts';
import { usePanel } from '../PanelServices.ts';

/** A sent request: reference, status, and when it was sent, first answered and resolved. */
export function TicketItem(props: { ticket: TicketSummary }): JSX.Element {
  const t = useT();
  const { router } = usePanel();
  const ticket = props.ticket;
  const date = (iso: string) => t.dateTime(Date.parse(iso));
  return (
    <li class="card">
      <button
        type="button"
        class="link-btn card-title"
        onClick={() => router.go({ name: 'ticket', id: ticket.id, reference: ticket.reference })}
      >
        {ticket.reference}: {ticket.summary}
      </button>
      <p>
        <span class="status">{t.t(`status.${ticket.status}`)}</span>{' '}
        {ticket.unread > 0 ? (
          <strong>{t.t('requests.unread', { count: ticket.unread })}</strong>
        ) : null}
      </p>
      <p class="muted">
        {t.t('requests.sentAt', { date: date(ticket.createdAt) })}
        {' · '}
        {ticket.firstRespondedAt
          ? t.t('requests.answeredAt', { date: date(ticket.firstRespondedAt) })
          : t.t('requests.notAnswered')}
        {ticket.resolvedAt
          ? ` · ${t.t('requests.resolvedAt', { date: date(ticket.resolvedAt) })}`
          : ''}
      </p>
    </li>
  );
}
