import type { JSX } from 'preact';
import { hrefOf } from '../../routing/Route.ts';
import { forgetChat, myChats } from '../../state/myChats.ts';
import { formatRelative } from '../../text/formatTime.ts';

const STATUS = { queued: 'Waiting', active: 'Active', ended: 'Ended' } as const;

/** Chats this agent took in this tab (the server's queue lists waiting chats only). */
export function MyChatsList(): JSX.Element | null {
  const chats = myChats.value;
  if (chats.length === 0) return null;
  return (
    <section class="section" aria-labelledby="my-chats">
      <h2 id="my-chats">Your chats</h2>
      <ul class="rows">
        {chats.map((chat) => (
          <li key={chat.id} class="row">
            <a class="row-main" href={hrefOf({ name: 'chat', id: chat.id })}>
              <span class={`badge status-${chat.status}`}>{STATUS[chat.status]}</span>
              <span class="row-text">{chat.preview || '(no message)'}</span>
            </a>
            <span class="muted">taken {formatRelative(chat.claimedAt)}</span>
            {chat.status === 'ended' ? (
              <button type="button" class="btn btn-quiet" onClick={() => forgetChat(chat.id)}>
                Remove<span class="visually-hidden"> from your chats</span>
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
