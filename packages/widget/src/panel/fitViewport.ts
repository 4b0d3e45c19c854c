/**
 * Keeps the panel usable above a phone's on-screen keyboard: the visual
 * viewport's height goes into `--destek-vvh` (the full-screen panel's height)
 * through a stylesheet the panel owns, never a `style` attribute (strict
 * CSP), and the focused field is scrolled into view when the viewport shrinks.
 * The window's size also goes into `--destek-vw` and `--destek-vh`, divided
 * by the CSS `zoom` the page puts on the widget (`html { zoom: 2 }`): the
 * widget's px are zoomed, `100vh` is not divided back, and the panel grew
 * past the top of the window. Returns a function that stops it.
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
    // Effective zoom of the host element (Chromium 128+, Firefox 126+); 1 elsewhere.
    const zoom = (root.host as { currentCSSZoom?: number }).currentCSSZoom || 1;
    const px = (size: number) => `${Math.round(size / zoom)}px`;
    sheet?.replaceSync(
      `:host{--destek-vvh:${px(viewport.height)};--destek-vh:${px(view.innerHeight)};--destek-vw:${px(view.innerWidth)}}`,
    );
    const active = root.activeElement;
    if (active instanceof view.HTMLElement && /^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName)) {
      active.scrollIntoView({ block: 'nearest' });
    }
  };
  const onFocus = () => view.setTimeout(update, 300);
  viewport.addEventListener('resize', update);
  root.addEventListener('focusin', onFocus);
  // The sizes are read once the next frame is drawn, when the host page's
  // layout is fresh: read now, while the page and the panel's new styles are
  // still unsettled, they forced a full layout of the page in the middle of
  // the open (about 170 ms at 4× CPU on an article page).
  let firstTimer = 0;
  const firstFrame = view.requestAnimationFrame(() => {
    firstTimer = view.setTimeout(update, 0);
  });
  return () => {
    view.cancelAnimationFrame(firstFrame);
    view.clearTimeout(firstTimer);
    viewport.removeEventListener('resize', update);
    root.removeEventListener('focusin', onFocus);
    if (sheet) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}
