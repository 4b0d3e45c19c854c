import type { JSX } from 'preact';
import { hrefOf } from '../../routing/Route.ts';
import { myChats, myChatsProblem } from '../../state/myChats.ts';
import { formatRelative } from '../../text/formatTime.ts';

/** The chats this agent has taken and not ended, as the server lists them. */
export function MyChatsList(): JSX.Element | null {
  const chats = myChats.value ?? [];
  const problem = myChatsProblem.value;
  if (chats.length === 0 && problem === null) return null;
  return (
    <section class="section" aria-labelledby="my-chats">
      <h2 id="my-chats">Your chats</h2>
      {problem ? (
        <p class="error" role="alert">
          {problem}
        </p>
      ) : null}
      <ul class="rows">
        {chats.map((chat) => (
          <li key={chat.id} class="row">
            <a class="row-main" href={hrefOf({ name: 'chat', id: chat.id })}>
              <span class={`badge status-${chat.status}`}>Active</span>
              <span class="row-text">{chat.preview || '(no message)'}</span>
            </a>
            {chat.claimedAt ? (
              <span class="muted">taken {formatRelative(chat.claimedAt)}</span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
