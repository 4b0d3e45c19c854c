import { PRIORITIES, type Priority, TICKET_STATUSES, type TicketStatus } from '@destek/protocol';
import { useSignal } from '@preact/signals';
import type { JSX } from 'preact';
import type { AgentApi } from '../../api/createAgentApi.ts';
import { errorText } from '../../api/errorText.ts';
import type { AgentTicket, AgentTicketDetail } from '../../api/types.ts';
import { announce } from '../../state/announcer.ts';
import { PRIORITY_WORDS, STATUS_WORDS } from '../../text/words.ts';

/** Status and priority of a ticket, changed together with one Save (each change is a history line). */
export function TicketManage(props: {
  api: AgentApi;
  ticket: AgentTicket;
  onChanged: (detail: AgentTicketDetail) => void;
}): JSX.Element {
  const { ticket } = props;
  const status = useSignal<TicketStatus>(ticket.status);
  const priority = useSignal<Priority>(ticket.priority);
  const busy = useSignal(false);
  const problem = useSignal<string | null>(null);
  const closed = ticket.status === 'closed';
  const changed = status.value !== ticket.status || priority.value !== ticket.priority;

  const save = async (event: Event) => {
    event.preventDefault();
    if (!changed) return;
    busy.value = true;
    problem.value = null;
    try {
      const change: { status?: TicketStatus; priority?: Priority } = {};
      if (status.value !== ticket.status) change.status = status.value;
      if (priority.value !== ticket.priority) change.priority = priority.value;
      props.onChanged(await props.api.update(ticket.id, change));
      announce('Ticket updated.');
    } catch (error) {
      problem.value = errorText(error);
    } finally {
      busy.value = false;
    }
  };

  return (
    <form
      class="section manage"
      onSubmit={(event) => void save(event)}
      aria-labelledby="manage-heading"
    >
      <h2 id="manage-heading">Status and priority</h2>
      {closed ? <p class="muted">A closed ticket cannot change.</p> : null}
      <label for="ticket-status">Status</label>
      <select
        id="ticket-status"
        value={status.value}
        disabled={closed}
        onChange={(event) => {
          status.value = event.currentTarget.value as TicketStatus;
        }}
      >
        {TICKET_STATUSES.map((value) => (
          <option key={value} value={value}>
            {STATUS_WORDS[value]}
          </option>
        ))}
      </select>
      <label for="ticket-priority">Priority</label>
      <select
        id="ticket-priority"
        value={priority.value}
        disabled={closed}
        onChange={(event) => {
          priority.value = event.currentTarget.value as Priority;
        }}
      >
        {PRIORITIES.map((value) => (
          <option key={value} value={value}>
            {PRIORITY_WORDS[value]}
          </option>
        ))}
      </select>
      {problem.value ? (
        <p class="error" role="alert">
          {problem.value}
        </p>
      ) : null}
      <button type="submit" class="btn btn-primary" disabled={closed || busy.value || !changed}>
        {busy.value ? 'Saving…' : 'Save'}
      </button>
    </form>
  );
}
