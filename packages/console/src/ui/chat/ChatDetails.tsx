import type { JSX } from 'preact';
import type { ChatView } from '../../chat/ChatView.ts';
import { formatDateTime } from '../../text/formatTime.ts';
import { MessageText } from '../MessageText.tsx';

const STATUS = { queued: 'Waiting in the queue', active: 'Active', ended: 'Ended' } as const;

/** The facts of a chat: status, who has it, place in the queue, and how it ended. */
export function ChatDetails(props: { view: ChatView; mine: boolean }): JSX.Element {
  const { view } = props;
  return (
    <dl class="facts">
      <dt>Status</dt>
      <dd>
        <span class={`badge status-${view.status}`}>{STATUS[view.status]}</span>
      </dd>
      <dt>Agent</dt>
      <dd>{view.agent ? `${view.agent.name}${props.mine ? ' (you)' : ''}` : 'Nobody yet'}</dd>
      {view.queue ? (
        <>
          <dt>Place in the queue</dt>
          <dd>
            #{view.queue.position}, about {Math.ceil(view.queue.etaSec / 60)} min
          </dd>
        </>
      ) : null}
      {view.ticketReference ? (
        <>
          <dt>Ticket</dt>
          <dd>{view.ticketReference}</dd>
        </>
      ) : null}
      {view.closingNote ? (
        <>
          <dt>Closing note</dt>
          <dd>
            <MessageText text={view.closingNote.text} />
            {view.closingNote.nextCheckAt ? (
              <p class="muted">Next check: {formatDateTime(view.closingNote.nextCheckAt)}</p>
            ) : null}
          </dd>
        </>
      ) : null}
      {view.rating !== null ? (
        <>
          <dt>Rating</dt>
          <dd>
            {view.rating} of 5
            {view.ratingComment ? <MessageText text={view.ratingComment} /> : null}
          </dd>
        </>
      ) : null}
    </dl>
  );
}
