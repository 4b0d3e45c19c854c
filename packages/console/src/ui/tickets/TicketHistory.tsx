import type { JSX } from 'preact';
import type { HistoryEntry } from '../../api/types.ts';
import { me } from '../../state/session.ts';
import { formatDateTime } from '../../text/formatTime.ts';
import { actorWords, HISTORY_WORDS } from '../../text/words.ts';

/** A history line's details as `key: value` text (values may be anything the server stored). */
function detailText(detail: Record<string, unknown>): string {
  return Object.entries(detail)
    .filter(([key, value]) => value !== null && value !== undefined && key !== 'entryId')
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(', ');
}

/** Who did what, when: every change to the ticket, oldest first. */
export function TicketHistory(props: { history: readonly HistoryEntry[] }): JSX.Element {
  const myId = me.value?.id ?? null;
  return (
    <section class="section" aria-labelledby="history-heading">
      <h2 id="history-heading">History</h2>
      <ol class="history">
        {props.history.map((line, index) => {
          const detail = detailText(line.detail);
          return (
            <li key={index}>
              <time dateTime={line.at}>{formatDateTime(line.at)}</time>{' '}
              <span>
                {actorWords(line.actor, myId)} {HISTORY_WORDS[line.action] ?? line.action}
              </span>
              {detail ? <span class="muted"> ({detail})</span> : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
