/**
 * Keeps the panel usable above a phone's on-screen keyboard: the visual
 * viewport's height goes into `--destek-vvh` (the full-screen panel's height)
 * through a stylesheet the panel owns, never a `style` attribute (strict
 * CSP), and the focused field is scrolled into view when the viewport shrinks.
 * Returns a function that stops it.
 */
export function fitViewport(root: ShadowRoot): () => void {
  const view = root.ownerDocument.defaultView;
  const viewport = view?.visualViewport;
  if (!view || !viewport) return () => {};
  let sheet: CSSStyleSheet | null = null;
  try {
    sheet = new view.CSSStyleSheet();
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    // No constructable stylesheets: the panel keeps 100dvh, and scrolling still helps.
    sheet = null;
  }
  const update = () => {
    sheet?.replaceSync(`:host{--destek-vvh:${Math.round(viewport.height)}px}`);
    const active = root.activeElement;
    if (active instanceof view.HTMLElement && /^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName)) {
      active.scrollIntoView({ block: 'nearest' });
    }
  };
  const onFocus = () => view.setTimeout(update, 300);
  viewport.addEventListener('resize', update);
  root.addEventListener('focusin', onFocus);
  update();
  return () => {
    viewport.removeEventListener('resize', update);
    root.removeEventListener('focusin', onFocus);
    if (sheet) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}
