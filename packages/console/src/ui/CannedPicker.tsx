import type { CannedResponse } from '@destek/protocol';
import { useSignal } from '@preact/signals';
import type { JSX } from 'preact';
import { canned } from '../state/canned.ts';

/** Answers in the conversation's language first, then the rest, each group by title. */
function ordered(list: readonly CannedResponse[], locale: string | undefined): CannedResponse[] {
  const language = locale?.split('-')[0]?.toLowerCase();
  const rank = (item: CannedResponse) =>
    item.locale === undefined ? 1 : item.locale.split('-')[0]?.toLowerCase() === language ? 0 : 2;
  return [...list].sort((a, b) => rank(a) - rank(b) || a.title.localeCompare(b.title));
}

/**
 * Picks a canned answer and inserts it into the reply (at the caret), where
 * the agent can still edit it. Shows nothing when the server has none.
 */
export function CannedPicker(props: {
  idPrefix: string;
  locale?: string | undefined;
  onInsert: (text: string) => void;
}): JSX.Element | null {
  const chosen = useSignal('');
  const list = ordered(canned.value, props.locale);
  if (list.length === 0) return null;
  const selectId = `${props.idPrefix}-canned`;
  const insert = () => {
    const item = list.find((candidate) => candidate.id === chosen.value);
    if (item) props.onInsert(item.text);
  };
  return (
    <div class="canned">
      <label for={selectId}>Canned response</label>
      <select
        id={selectId}
        value={chosen.value}
        onChange={(event) => {
          chosen.value = event.currentTarget.value;
        }}
      >
        <option value="">Choose…</option>
        {list.map((item) => (
          <option key={item.id} value={item.id}>
            {item.locale ? `${item.title} (${item.locale})` : item.title}
          </option>
        ))}
      </select>
      <button type="button" class="btn btn-secondary" disabled={!chosen.value} onClick={insert}>
        Insert
      </button>
    </div>
  );
}
