import type { JSX } from 'preact';
import { useRef } from 'preact/hooks';
import { useT } from '../../i18n/useT.ts';
import { usePanel } from '../PanelServices.ts';

/** Selects the reference's text so the user can copy it by hand. */
function selectText(element: HTMLElement): void {
  const selection = element.ownerDocument.getSelection();
  if (!selection) return;
  const range = element.ownerDocument.createRange();
  range.selectNodeContents(element);
  selection.removeAllRanges();
  selection.addRange(range);
}

/**
 * The reference number with a Copy button. The Clipboard API needs a secure
 * context and may be refused (permissions, iframes); then the number is
 * selected and the user is told to press Ctrl+C.
 */
export function CopyReference(props: { reference: string }): JSX.Element {
  const t = useT();
  const { announcer } = usePanel();
  const code = useRef<HTMLElement>(null);
  const copy = async () => {
    try {
      const clipboard = globalThis.navigator?.clipboard;
      if (!clipboard) throw new Error('no clipboard');
      await clipboard.writeText(props.reference);
      announcer.say(t.t('confirm.copied'));
    } catch {
      if (code.current) selectText(code.current);
      announcer.say(t.t('confirm.copySelected'));
    }
  };
  return (
    <p>
      <code class="reference" ref={code}>
        {props.reference}
      </code>
      <button type="button" class="btn btn-secondary" onClick={() => void copy()}>
        {t.t('confirm.copy')}
      </button>
    </p>
  );
}
