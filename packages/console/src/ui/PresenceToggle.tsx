import type { JSX } from 'preact';
import { online, presenceProblem, setOnline } from '../state/presence.ts';

/**
 * The "Online" switch. While on, the console renews the agent's presence
 * and polls the queue, so visitors are offered a chat instead of a ticket.
 */
export function PresenceToggle(): JSX.Element {
  const on = online.value;
  return (
    <div class="presence">
      <button
        type="button"
        role="switch"
        aria-checked={on}
        class="presence-switch"
        onClick={() => setOnline(!on)}
        title={on ? 'Taking chats: press to go offline' : 'Not taking chats: press to go online'}
      >
        <span class="switch-track" aria-hidden="true">
          <span class="switch-thumb" />
        </span>
        Online
      </button>
      {presenceProblem.value ? (
        <span class="presence-problem" role="status">
          {presenceProblem.value}
        </span>
      ) : null}
    </div>
  );
}
