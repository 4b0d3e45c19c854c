import { useSignal } from '@preact/signals';
import type { JSX } from 'preact';
import { useT } from '../../i18n/useT.ts';
import { TextField } from '../fields/TextField.tsx';
import { usePanel } from '../PanelServices.ts';
import { errorText } from '../words/reasonText.ts';

export interface TicketFormProps {
  /** Names the field's id (`add`, `escalate`). */
  name: string;
  title: string;
  label: string;
  /** Said in the status region once it went through. */
  done: string;
  submit: (text: string) => Promise<void>;
}

/** A one-textarea form on a ticket (add information, escalation reason); empty text is refused in place. */
export function TicketForm(props: TicketFormProps): JSX.Element {
  const t = useT();
  const { announcer } = usePanel();
  const text = useSignal('');
  const tried = useSignal(false);
  const busy = useSignal(false);
  const field = `ticket.${props.name}`;
  const send = async (event: Event) => {
    event.preventDefault();
    tried.value = true;
    if (busy.value || text.value.trim() === '') return;
    busy.value = true;
    try {
      await props.submit(text.value.trim());
      text.value = '';
      tried.value = false;
      announcer.say(props.done);
    } catch (error) {
      announcer.alarm(errorText(t, error));
    } finally {
      busy.value = false;
    }
  };
  return (
    <form onSubmit={(event) => void send(event)}>
      <h4>{props.title}</h4>
      <TextField
        field={field}
        label={props.label}
        value={text.value}
        onInput={(value) => (text.value = value)}
        issues={
          tried.value && text.value.trim() === ''
            ? [{ field, code: 'required', severity: 'error' }]
            : []
        }
        multiline
      />
      <button
        type="submit"
        class="btn btn-secondary"
        aria-disabled={busy.value ? 'true' : undefined}
      >
        {t.t('detail.submit')}
      </button>
    </form>
  );
}
