/**
 * When the chat swaps its view in place (start form to conversation, open to
 * ended, and back), the focused control may be gone with the old view: then
 * focus goes to the new view's heading, as on a screen change, without
 * scrolling. Focus the visitor put somewhere still in the panel stays there.
 */
export function keepFocus(view: HTMLElement | null): void {
  const panel = view?.closest<HTMLElement>('.panel');
  if (!view || !panel) return;
  const active = (view.getRootNode() as Document | ShadowRoot).activeElement;
  // Browsers move focus from a removed element to the body; some to the dialog itself.
  if (active && active !== panel && active.isConnected && panel.contains(active)) return;
  if (active && !panel.contains(active) && active !== view.ownerDocument.body) return;
  panel.querySelector<HTMLElement>('[data-screen-heading]')?.focus({ preventScroll: true });
}
