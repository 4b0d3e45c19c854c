import { useSignal } from '@preact/signals';
import type { JSX } from 'preact';
import { isConsoleError } from '../api/ConsoleError.ts';
import { createAgentApi } from '../api/createAgentApi.ts';
import { errorText } from '../api/errorText.ts';
import { setOnline } from '../state/presence.ts';
import { signIn, signOutReason } from '../state/session.ts';

/** Why a token was refused, worded for the person typing it. */
function refusal(error: unknown): string {
  if (isConsoleError(error) && error.code === 'unauthorized') {
    return 'This agent token is not valid. Check it with whoever runs the server (tokens are in its config), and paste it again.';
  }
  return errorText(error);
}

/**
 * Sign-in with the agent token from the server's config. The token is tried
 * against the server before it is kept (in this tab's sessionStorage only).
 */
export function LoginScreen(): JSX.Element {
  const value = useSignal('');
  const problem = useSignal<string | null>(null);
  const busy = useSignal(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    const candidate = value.value.trim();
    if (candidate === '') {
      problem.value = 'Paste your agent token.';
      return;
    }
    busy.value = true;
    problem.value = null;
    try {
      const agent = await createAgentApi(candidate).me();
      value.value = '';
      // Opening the console is how an agent starts taking chats.
      setOnline(true);
      signIn(candidate, agent);
    } catch (error) {
      problem.value = refusal(error);
    } finally {
      busy.value = false;
    }
  };

  const reason = signOutReason.value;
  return (
    <main class="login" id="main">
      <form class="login-card" onSubmit={(event) => void submit(event)} noValidate>
        <h1>Destek console</h1>
        <p class="muted">Answer chats and tickets. Sign in with your agent token.</p>
        {reason ? (
          <p class="notice" role="status">
            {reason}
          </p>
        ) : null}
        <label for="token">Agent token</label>
        <input
          id="token"
          name="token"
          type="password"
          autocomplete="off"
          spellcheck={false}
          value={value.value}
          onInput={(event) => {
            value.value = event.currentTarget.value;
          }}
          aria-invalid={problem.value ? 'true' : undefined}
          aria-describedby={problem.value ? 'token-problem' : 'token-hint'}
          required
        />
        <p id="token-hint" class="hint">
          Kept in this tab only, until you sign out or close it.
        </p>
        {problem.value ? (
          <p id="token-problem" class="error" role="alert">
            {problem.value}
          </p>
        ) : null}
        <button type="submit" class="btn btn-primary" disabled={busy.value}>
          {busy.value ? 'Checking…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
