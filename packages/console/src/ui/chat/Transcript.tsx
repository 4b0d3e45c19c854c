import type { ChatMessage } from '@destek/protocol';
import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { formatDateTime, formatMessageTime } from '../../text/formatTime.ts';
import { AttachmentList } from '../AttachmentList.tsx';
import { MessageText } from '../MessageText.tsx';

function authorOf(message: ChatMessage): string {
  if (message.from === 'visitor') return 'Visitor';
  if (message.from === 'system') return 'System';
  return message.author ?? (message.from === 'bot' ? 'Bot' : 'Agent');
}

/**
 * The messages in server order, as a log: screen readers announce new ones.
 * It keeps to the bottom while the agent is at the bottom, and leaves them
 * alone while they scroll back through the history.
 */
export function Transcript(props: { messages: readonly ChatMessage[] }): JSX.Element {
  const list = useRef<HTMLDivElement>(null);
  const pinned = useRef(true);
  const count = props.messages.length;
  // Runs when a message arrives.
  useEffect(() => {
    const box = list.current;
    if (box && pinned.current) box.scrollTop = box.scrollHeight;
  }, [count]);
  return (
    <div
      ref={list}
      class="transcript"
      role="log"
      aria-label="Transcript"
      onScroll={(event) => {
        const box = event.currentTarget;
        pinned.current = box.scrollHeight - box.scrollTop - box.clientHeight < 40;
      }}
    >
      <ol class="messages">
        {props.messages.map((message) => (
          <li key={message.seq} class={`message from-${message.from}`}>
            <p class="message-meta">
              <span class="author">{authorOf(message)}</span>{' '}
              <time dateTime={message.at} title={formatDateTime(message.at)}>
                {formatMessageTime(message.at)}
              </time>
            </p>
            <MessageText text={message.text} />
            <AttachmentList items={message.attachments} />
          </li>
        ))}
      </ol>
    </div>
  );
}
