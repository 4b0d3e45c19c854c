import { useSignal } from '@preact/signals';
import type { JSX } from 'preact';
import { errorText } from '../../api/errorText.ts';
import type { QueueItem } from '../../api/types.ts';
import { go } from '../../routing/currentRoute.ts';
import { hrefOf } from '../../routing/Route.ts';
import { announce } from '../../state/announcer.ts';
import { refreshMyChats } from '../../state/myChats.ts';
import { refreshQueue } from '../../state/queue.ts';
import { api } from '../../state/session.ts';
import { formatRelative } from '../../text/formatTime.ts';
import { PRIORITY_WORDS } from '../../text/words.ts';
import { MessageText } from '../MessageText.tsx';

/** One waiting chat: its place, what the visitor wrote first, and Claim. */
export function QueueItemCard(props: { item: QueueItem }): JSX.Element {
  const { item } = props;
  const busy = useSignal(false);
  const problem = useSignal<string | null>(null);
  const headingId = `queue-${item.id}`;

  const claim = async () => {
    const client = api.value;
    if (!client) return;
    busy.value = true;
    problem.value = null;
    try {
      await client.claim(item.id);
      announce('Chat claimed.');
      void refreshQueue(client);
      void refreshMyChats(client);
      go({ name: 'chat', id: item.id });
    } catch (error) {
      problem.value = errorText(error);
      void refreshQueue(client);
    } finally {
      busy.value = false;
    }
  };

  return (
    <li class="card queue-item" aria-labelledby={headingId}>
      <div class="card-head">
        <h2 id={headingId} class="card-title">
          <span class="position">#{item.position ?? '–'}</span> in line, arrived{' '}
          {formatRelative(item.createdAt)}
        </h2>
        <span class={`badge priority-${item.priority}`}>{PRIORITY_WORDS[item.priority]}</span>
      </div>
      <MessageText class="preview" text={item.preview || '(no message)'} />
      <p class="meta">
        <span>Category: {item.category}</span>
        <span>Language: {item.locale}</span>
      </p>
      {problem.value ? (
        <p class="error" role="alert">
          {problem.value}
        </p>
      ) : null}
      <div class="actions">
        <button
          type="button"
          class="btn btn-primary"
          disabled={busy.value}
          onClick={() => void claim()}
        >
          {busy.value ? 'Claiming…' : 'Claim'}
        </button>
        <a class="btn btn-secondary" href={hrefOf({ name: 'chat', id: item.id })}>
          Look without claiming
        </a>
      </div>
    </li>
  );
}
