import { useSignal } from '@preact/signals';
import type { JSX } from 'preact';
import type { AgentApi } from '../../api/createAgentApi.ts';
import { errorText } from '../../api/errorText.ts';
import type { AgentTicketDetail } from '../../api/types.ts';
import { hrefOf } from '../../routing/Route.ts';
import { announce } from '../../state/announcer.ts';
import { api } from '../../state/session.ts';
import { formatDateTime } from '../../text/formatTime.ts';
import { PRIORITY_WORDS, STATUS_SHORT } from '../../text/words.ts';
import { MessageText } from '../MessageText.tsx';
import { ScreenHeading } from '../ScreenHeading.tsx';
import { useLoad } from '../useLoad.ts';
import { EscalateForm } from './EscalateForm.tsx';
import { TicketEntries } from './TicketEntries.tsx';
import { TicketHistory } from './TicketHistory.tsx';
import { TicketManage } from './TicketManage.tsx';
import { TicketReplyForm } from './TicketReplyForm.tsx';
import { TicketReport } from './TicketReport.tsx';

/** One ticket: the report, the conversation, reply, status and priority, escalation, history. */
export function TicketScreen(props: { id: string }): JSX.Element {
  const client = api.value;
  if (!client) return <p>Signed out.</p>;
  return <TicketWith api={client} id={props.id} />;
}

function TicketWith(props: { api: AgentApi; id: string }): JSX.Element {
  const detail = useLoad(() => props.api.ticket(props.id), props.id);
  const ratingProblem = useSignal<string | null>(null);
  const data = detail.data;
  const changed = (next: AgentTicketDetail) => detail.set(next);

  const askRating = async () => {
    ratingProblem.value = null;
    try {
      changed(await props.api.requestRating(props.id));
      announce('The user was asked for a rating.');
    } catch (error) {
      ratingProblem.value = errorText(error);
    }
  };

  if (data === null) {
    return (
      <div class="screen">
        <ScreenHeading>Ticket</ScreenHeading>
        {detail.problem ? (
          <p class="error" role="alert">
            {detail.problem}
          </p>
        ) : (
          <p class="muted">Loading the ticket…</p>
        )}
        <p>
          <a href={hrefOf({ name: 'tickets', status: null })}>Back to tickets</a>
        </p>
      </div>
    );
  }
  const { ticket } = data;
  const locale = data.report?.locale;
  return (
    <div class="screen ticket-screen">
      <p class="breadcrumb">
        <a href={hrefOf({ name: 'tickets', status: null })}>Tickets</a>
      </p>
      <div class="screen-head">
        <ScreenHeading>
          <span class="reference">{ticket.reference}</span> {ticket.summary}
        </ScreenHeading>
      </div>
      <p class="meta">
        <span class={`badge status-${ticket.status}`}>{STATUS_SHORT[ticket.status]}</span>
        <span class={`badge priority-${ticket.priority}`}>{PRIORITY_WORDS[ticket.priority]}</span>
        {ticket.escalated ? <span class="badge escalated">Tier {ticket.tier}</span> : null}
        <span>Category: {ticket.category}</span>
        <span>From: {ticket.visitor}</span>
        <span>
          {ticket.email
            ? `Replies e-mailed to ${ticket.email}`
            : 'No e-mail: replies show in "My requests" only'}
        </span>
        <span>Opened {formatDateTime(ticket.createdAt)}</span>
        <span>
          {ticket.firstRespondedAt
            ? `First answer ${formatDateTime(ticket.firstRespondedAt)}`
            : `First answer due ${formatDateTime(ticket.dueAt)}`}
        </span>
        {ticket.conversationId ? (
          <a href={hrefOf({ name: 'chat', id: ticket.conversationId })}>Open the chat</a>
        ) : null}
      </p>
      {detail.problem ? (
        <p class="error" role="alert">
          {detail.problem}
        </p>
      ) : null}
      <div class="ticket-layout">
        <div class="ticket-main">
          {data.report ? <TicketReport report={data.report} /> : null}
          <TicketEntries entries={data.entries} />
          {ticket.status === 'closed' ? (
            <p class="notice">This ticket is closed; it takes no more replies.</p>
          ) : (
            <TicketReplyForm
              api={props.api}
              ticketId={ticket.id}
              locale={locale}
              onSent={detail.reload}
            />
          )}
        </div>
        <aside class="ticket-side" aria-label="Manage the ticket">
          <TicketManage
            key={`${ticket.status}|${ticket.priority}`}
            api={props.api}
            ticket={ticket}
            onChanged={changed}
          />
          <EscalateForm
            key={`${ticket.tier}|${ticket.team ?? ''}`}
            api={props.api}
            ticket={ticket}
            onChanged={changed}
          />
          <div class="section">
            <h2>Rating</h2>
            {ticket.rating !== null ? (
              <>
                <p>
                  <strong>{ticket.rating} of 5</strong>
                </p>
                {ticket.ratingComment ? <MessageText text={ticket.ratingComment} /> : null}
              </>
            ) : (
              <p class="muted">Not rated yet.</p>
            )}
            {ratingProblem.value ? (
              <p class="error" role="alert">
                {ratingProblem.value}
              </p>
            ) : null}
            {ticket.rating !== null ? null : ticket.ratingRequested ? (
              <p class="muted">The user was asked for a rating.</p>
            ) : (
              <button type="button" class="btn btn-secondary" onClick={() => void askRating()}>
                Ask the user for a rating
              </button>
            )}
          </div>
          <TicketHistory history={data.history} />
        </aside>
      </div>
    </div>
  );
}
