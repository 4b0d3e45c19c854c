import type { AttachmentMeta } from '@destek/protocol';
import { useSignal } from '@preact/signals';
import type { JSX } from 'preact';
import { errorText } from '../api/errorText.ts';
import { api } from '../state/session.ts';

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * Files attached to a message or report, each downloaded on demand. The
 * route needs the token, so it is fetched and handed over as a download
 * (never shown inline: a file is the sender's content, not the console's).
 */
export function AttachmentList(props: { items: readonly AttachmentMeta[] }): JSX.Element | null {
  const problem = useSignal<string | null>(null);
  if (props.items.length === 0) return null;
  const download = async (item: AttachmentMeta) => {
    const client = api.value;
    if (!client) return;
    try {
      const url = URL.createObjectURL(await client.attachment(item.id));
      const link = document.createElement('a');
      link.href = url;
      link.download = item.name;
      link.rel = 'noopener';
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      problem.value = null;
    } catch (error) {
      problem.value = errorText(error);
    }
  };
  return (
    <div class="attachments">
      <ul aria-label="Attachments">
        {props.items.map((item) => (
          <li key={item.id}>
            <button type="button" class="btn btn-link" onClick={() => void download(item)}>
              {item.name}
            </button>{' '}
            <span class="muted">
              {item.type}, {size(item.bytes)}
              {item.width && item.height ? `, ${item.width}×${item.height}` : ''}
            </span>
          </li>
        ))}
      </ul>
      {problem.value ? (
        <p class="error" role="alert">
          {problem.value}
        </p>
      ) : null}
    </div>
  );
}
