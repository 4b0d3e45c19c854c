/**
 * Moves focus to the current screen's heading, or to the dialog until the
 * heading exists: a screen whose chunk is still loading, or one waiting for
 * the client, draws its heading a moment later, and focus follows it then
 * (unless the user has moved focus elsewhere meanwhile). Returns a stop function.
 */
export function focusScreenHeading(dialog: HTMLElement): () => void {
  const find = () => dialog.querySelector<HTMLElement>('[data-screen-heading]');
  const heading = find();
  if (heading) {
    heading.focus();
    return () => {};
  }
  dialog.focus();
  const root = dialog.getRootNode() as Document | ShadowRoot;
  const observer = new MutationObserver(() => {
    const late = find();
    if (!late) return;
    observer.disconnect();
    if (root.activeElement === dialog) late.focus();
  });
  observer.observe(dialog, { childList: true, subtree: true });
  return () => observer.disconnect();
}
