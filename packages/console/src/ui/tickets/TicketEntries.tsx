import type { JSX } from 'preact';
import type { TicketEntryItem } from '../../api/types.ts';
import { formatDateTime } from '../../text/formatTime.ts';
import { AttachmentList } from '../AttachmentList.tsx';
import { MessageText } from '../MessageText.tsx';

function authorOf(entry: TicketEntryItem): string {
  if (entry.from === 'visitor') return 'User';
  if (entry.from === 'system') return 'System';
  return entry.author ?? 'Agent';
}

/** The ticket's conversation: the user's additions, agents' replies, system notes. */
export function TicketEntries(props: { entries: readonly TicketEntryItem[] }): JSX.Element {
  return (
    <section class="section" aria-labelledby="entries-heading">
      <h2 id="entries-heading">Conversation</h2>
      {props.entries.length === 0 ? (
        <p class="muted">No replies yet.</p>
      ) : (
        <ol class="entries">
          {props.entries.map((entry) => (
            <li key={entry.id} class={`message from-${entry.from}`}>
              <p class="message-meta">
                <span class="author">{authorOf(entry)}</span>{' '}
                <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
              </p>
              <MessageText text={entry.text} />
              <AttachmentList items={entry.attachments} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
