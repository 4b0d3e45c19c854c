/**
 * Moves focus to the current screen's heading, or to the dialog until the
 * heading exists: a screen whose chunk is still loading, or one waiting for
 * the client, draws its heading a moment later, and focus follows it then
 * (unless the user has moved focus elsewhere meanwhile). Focus already in a
 * field of the dialog stays: the move runs after the new screen is drawn (an
 * effect), and a user quick enough, or a busy machine slow enough, is typing
 * there by then; taking focus away sent those keystrokes nowhere. A field of
 * the previous screen is gone by then, so its focus is not kept by mistake.
 * Returns a stop function.
 */
export function focusScreenHeading(dialog: HTMLElement): () => void {
  const root = dialog.getRootNode() as Document | ShadowRoot;
  const active = root.activeElement;
  if (active && dialog.contains(active) && active.matches('input, textarea, select')) {
    return () => {};
  }
  const find = () => dialog.querySelector<HTMLElement>('[data-screen-heading]');
  const heading = find();
  if (heading) {
    heading.focus();
    return () => {};
  }
  dialog.focus();
  const observer = new MutationObserver(() => {
    const late = find();
    if (!late) return;
    observer.disconnect();
    if (root.activeElement === dialog) late.focus();
  });
  observer.observe(dialog, { childList: true, subtree: true });
  return () => observer.disconnect();
}
