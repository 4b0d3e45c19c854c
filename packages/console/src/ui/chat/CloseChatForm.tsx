import type { ClosingNote } from '@destek/protocol';
import { useSignal } from '@preact/signals';
import type { JSX } from 'preact';
import { errorText } from '../../api/errorText.ts';

/**
 * A date from `<input type="date">` as the wire's UTC timestamp. Noon local
 * time keeps the same calendar day for the visitor in any nearby time zone.
 */
function nextCheckAt(date: string): string | undefined {
  if (!/^\d{4}-\d\d-\d\d$/.test(date)) return undefined;
  const at = new Date(`${date}T12:00:00`);
  return Number.isNaN(at.getTime()) ? undefined : at.toISOString();
}

/** Ends the chat with the closing note the visitor sees: what was done, and the next check. */
export function CloseChatForm(props: {
  onClose: (note: ClosingNote) => Promise<void>;
}): JSX.Element {
  const note = useSignal('');
  const date = useSignal('');
  const busy = useSignal(false);
  const problem = useSignal<string | null>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    const text = note.value.trim();
    if (text === '') {
      problem.value = 'Write what was done: the visitor sees this note.';
      return;
    }
    const at = nextCheckAt(date.value);
    busy.value = true;
    problem.value = null;
    try {
      await props.onClose(at ? { text, nextCheckAt: at } : { text });
    } catch (error) {
      problem.value = errorText(error);
    } finally {
      busy.value = false;
    }
  };

  return (
    <form class="close-form" onSubmit={(event) => void submit(event)} noValidate>
      <h2>Close the chat</h2>
      <label for="closing-note">Closing note</label>
      <textarea
        id="closing-note"
        rows={3}
        value={note.value}
        aria-describedby={problem.value ? 'closing-problem' : 'closing-hint'}
        aria-invalid={problem.value ? 'true' : undefined}
        onInput={(event) => {
          note.value = event.currentTarget.value;
        }}
      />
      <p id="closing-hint" class="hint">
        What was done, in words the visitor understands.
      </p>
      <label for="next-check">Next check (optional)</label>
      <input
        id="next-check"
        type="date"
        value={date.value}
        onInput={(event) => {
          date.value = event.currentTarget.value;
        }}
      />
      {problem.value ? (
        <p id="closing-problem" class="error" role="alert">
          {problem.value}
        </p>
      ) : null}
      <button type="submit" class="btn btn-danger" disabled={busy.value}>
        {busy.value ? 'Closing…' : 'Close chat'}
      </button>
    </form>
  );
}
