import { TICKET_STATUSES, type TicketStatus } from '@destek/protocol';
import type { JSX } from 'preact';
import type { AgentTicket } from '../../api/types.ts';
import { hrefOf } from '../../routing/Route.ts';
import { api } from '../../state/session.ts';
import { formatDateTime, formatRelative } from '../../text/formatTime.ts';
import { PRIORITY_WORDS, STATUS_SHORT } from '../../text/words.ts';
import { ScreenHeading } from '../ScreenHeading.tsx';
import { useLoad } from '../useLoad.ts';

const FILTERS: Array<TicketStatus | null> = [null, ...TICKET_STATUSES];

function TicketRow(props: { ticket: AgentTicket }): JSX.Element {
  const { ticket } = props;
  const overdue = ticket.firstRespondedAt === null && Date.parse(ticket.dueAt) < Date.now();
  return (
    <li class="card ticket-row">
      <a class="ticket-link" href={hrefOf({ name: 'ticket', id: ticket.id })}>
        <span class="reference">{ticket.reference}</span>
        <span class="ticket-summary">{ticket.summary}</span>
      </a>
      <p class="meta">
        <span class={`badge status-${ticket.status}`}>{STATUS_SHORT[ticket.status]}</span>
        <span class={`badge priority-${ticket.priority}`}>{PRIORITY_WORDS[ticket.priority]}</span>
        {ticket.escalated ? <span class="badge escalated">Tier {ticket.tier}</span> : null}
        <span>{ticket.category}</span>
        <span title={formatDateTime(ticket.updatedAt)}>
          updated {formatRelative(ticket.updatedAt)}
        </span>
        {ticket.firstRespondedAt === null ? (
          <span class={overdue ? 'overdue' : undefined}>
            first answer due {formatRelative(ticket.dueAt)}
          </span>
        ) : null}
      </p>
    </li>
  );
}

/** Tickets, newest first, filtered by status through the URL (`#/tickets?status=open`). */
export function TicketsScreen(props: { status: TicketStatus | null }): JSX.Element {
  const client = api.value;
  const tickets = useLoad(
    () => (client ? client.tickets(props.status ?? undefined) : Promise.resolve([])),
    props.status ?? 'all',
  );
  const list = tickets.data;
  return (
    <div class="screen">
      <div class="screen-head">
        <ScreenHeading>Tickets</ScreenHeading>
        <button type="button" class="btn btn-secondary" onClick={() => void tickets.reload()}>
          Refresh
        </button>
      </div>
      <nav aria-label="Filter by status" class="filters">
        {FILTERS.map((status) => (
          <a
            key={status ?? 'all'}
            class="filter"
            href={hrefOf({ name: 'tickets', status })}
            aria-current={status === props.status ? 'page' : undefined}
          >
            {status === null ? 'All' : STATUS_SHORT[status]}
          </a>
        ))}
      </nav>
      {tickets.problem ? (
        <p class="error" role="alert">
          {tickets.problem}
        </p>
      ) : null}
      {list === null ? (
        tickets.loading ? (
          <p class="muted">Loading tickets…</p>
        ) : null
      ) : list.length === 0 ? (
        <p class="empty">
          {props.status === null
            ? 'No tickets yet.'
            : `No ${STATUS_SHORT[props.status].toLowerCase()} tickets.`}
        </p>
      ) : (
        <ul class="cards" aria-label="Tickets">
          {list.map((ticket) => (
            <TicketRow key={ticket.id} ticket={ticket} />
          ))}
        </ul>
      )}
    </div>
  );
}
