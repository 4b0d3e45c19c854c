import { focusableIn } from './focusableIn.ts';

/**
 * The dialog's keyboard rules: Escape asks to close; Tab and Shift+Tab wrap
 * around inside the dialog. Focus inside a shadow root shows as the host in
 * `document.activeElement`, so the root's own `activeElement` is read.
 */
export function trapKeys(event: KeyboardEvent, dialog: HTMLElement, close: () => void): void {
  if (event.key === 'Escape') {
    event.preventDefault();
    event.stopPropagation();
    close();
    return;
  }
  if (event.key !== 'Tab') return;
  const items = focusableIn(dialog);
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) {
    event.preventDefault();
    return;
  }
  const root = dialog.getRootNode() as Document | ShadowRoot;
  const active = root.activeElement;
  // The dialog itself (focused when nothing else is) counts as outside its items.
  const inside = active instanceof HTMLElement && active !== dialog && dialog.contains(active);
  if (event.shiftKey ? !inside || active === first : !inside || active === last) {
    event.preventDefault();
    (event.shiftKey ? last : first).focus();
  }
}
