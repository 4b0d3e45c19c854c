import type { JSX } from 'preact';
import { useT } from '../../i18n/useT.ts';
import type { FileRejection } from '../coreTypes.ts';
import { rejectionText } from './rejectionText.ts';

/** Files refused, each with its name and the limit it broke; nothing when none was. */
export function RefusalList(props: { refused: readonly FileRejection[] }): JSX.Element | null {
  const t = useT();
  if (props.refused.length === 0) return null;
  return (
    <ul class="list">
      {props.refused.map((r, i) => (
        <li key={`${r.name}-${i}`} class="issue">
          {rejectionText(t, r)}
        </li>
      ))}
    </ul>
  );
}
