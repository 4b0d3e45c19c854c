import type { JSX } from 'preact';
import { agentsOnline, online, setOnline } from '../../state/presence.ts';
import { queue, queueProblem } from '../../state/queue.ts';
import { ScreenHeading } from '../ScreenHeading.tsx';
import { MyChatsList } from './MyChatsList.tsx';
import { QueueItemCard } from './QueueItemCard.tsx';

/** Waiting chats, oldest first, each with Claim; then the chats this agent has taken. */
export function QueueScreen(): JSX.Element {
  const items = queue.value;
  const others = agentsOnline.value;
  return (
    <div class="screen">
      <ScreenHeading>Queue</ScreenHeading>
      {online.value ? (
        <>
          <p class="muted">
            Refreshed every few seconds.
            {others !== null ? ` Agents online: ${others}.` : ''}
          </p>
          {queueProblem.value ? (
            <p class="error" role="alert">
              {queueProblem.value}
            </p>
          ) : null}
          {items === null ? (
            <p class="muted">Loading the queue…</p>
          ) : items.length === 0 ? (
            <p class="empty">Nobody is waiting.</p>
          ) : (
            <ol class="cards" aria-label="Waiting chats">
              {items.map((item) => (
                <QueueItemCard key={item.id} item={item} />
              ))}
            </ol>
          )}
        </>
      ) : (
        <div class="notice">
          <p>
            You are offline: new chats are not offered to visitors while no agent is online; they
            leave a message that becomes a ticket.
          </p>
          <button type="button" class="btn btn-primary" onClick={() => setOnline(true)}>
            Go online
          </button>
        </div>
      )}
      <MyChatsList />
    </div>
  );
}
