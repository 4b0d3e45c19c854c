import { slugSchema, validate } from '@destek/protocol';
import { useSignal } from '@preact/signals';
import type { JSX } from 'preact';
import type { AgentApi } from '../../api/createAgentApi.ts';
import { errorText } from '../../api/errorText.ts';
import type { AgentTicket, AgentTicketDetail } from '../../api/types.ts';
import { announce } from '../../state/announcer.ts';

/** Hands the ticket to a team, one tier up, saying why. */
export function EscalateForm(props: {
  api: AgentApi;
  ticket: AgentTicket;
  onChanged: (detail: AgentTicketDetail) => void;
}): JSX.Element {
  const team = useSignal(props.ticket.team ?? '');
  const reason = useSignal('');
  const busy = useSignal(false);
  const problem = useSignal<string | null>(null);
  const closed = props.ticket.status === 'closed';

  const submit = async (event: Event) => {
    event.preventDefault();
    const name = team.value.trim().toLowerCase();
    if (!validate(slugSchema, name).ok) {
      problem.value =
        'Name the team in lower case letters, digits, - or _ (for example: payments).';
      return;
    }
    busy.value = true;
    problem.value = null;
    try {
      const text = reason.value.trim();
      props.onChanged(await props.api.escalate(props.ticket.id, name, text || undefined));
      reason.value = '';
      announce(`Escalated to ${name}.`);
    } catch (error) {
      problem.value = errorText(error);
    } finally {
      busy.value = false;
    }
  };

  return (
    <form
      class="section escalate"
      onSubmit={(event) => void submit(event)}
      aria-labelledby="escalate-heading"
      noValidate
    >
      <h2 id="escalate-heading">Escalate</h2>
      <p class="muted">
        Tier {props.ticket.tier}
        {props.ticket.team ? `, team ${props.ticket.team}` : ''}
      </p>
      <label for="escalate-team">Team</label>
      <input
        id="escalate-team"
        value={team.value}
        autocomplete="off"
        disabled={closed}
        aria-invalid={problem.value ? 'true' : undefined}
        aria-describedby={problem.value ? 'escalate-problem' : undefined}
        onInput={(event) => {
          team.value = event.currentTarget.value;
        }}
      />
      <label for="escalate-reason">Reason (optional)</label>
      <textarea
        id="escalate-reason"
        rows={2}
        value={reason.value}
        disabled={closed}
        onInput={(event) => {
          reason.value = event.currentTarget.value;
        }}
      />
      {problem.value ? (
        <p id="escalate-problem" class="error" role="alert">
          {problem.value}
        </p>
      ) : null}
      <button type="submit" class="btn btn-secondary" disabled={closed || busy.value}>
        {busy.value ? 'Escalating…' : `Escalate to tier ${props.ticket.tier + 1}`}
      </button>
    </form>
  );
}
