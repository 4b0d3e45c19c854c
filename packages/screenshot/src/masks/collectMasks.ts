import { CaptureError } from '../CaptureError.ts';
import type { Rect } from '../edit/Rect.ts';
import { FRAME_SELECTOR, SENSITIVE_SELECTOR } from './sensitiveSelector.ts';

type Root = Document | ShadowRoot;

/**
 * The rectangles, in CSS pixels of `doc`'s viewport, of everything a tab
 * capture must not show: password, card-number, security-code, expiry and
 * one-time-code fields, `[data-destek-mask]` elements, elements matching
 * `selectors` (the `mask` option), and frames or embeds whose document this
 * page cannot read (a cross-origin payment form). Same-origin frames and open
 * shadow roots are searched too. Elements with no box (hidden) are skipped.
 *
 * @throws CaptureError `mask_failed` when a selector does not parse: a capture
 *   with a mask missing must not be shown.
 */
export function collectMasks(doc: Document, selectors: readonly string[] = []): Rect[] {
  const selector = [SENSITIVE_SELECTOR, ...selectors].join(',');
  const found: Rect[] = [];
  try {
    search(doc, selector, 0, 0, found);
  } catch (error) {
    throw new CaptureError('mask_failed', 'Destek: a mask selector could not be used', {
      cause: error,
    });
  }
  return found;
}

function search(root: Root, selector: string, dx: number, dy: number, found: Rect[]): void {
  const add = (element: Element) => {
    const box = element.getBoundingClientRect();
    if (box.width > 0 && box.height > 0) {
      found.push({ x: box.left + dx, y: box.top + dy, width: box.width, height: box.height });
    }
  };
  root.querySelectorAll(selector).forEach(add);
  for (const frame of root.querySelectorAll(FRAME_SELECTOR)) {
    const inner = readableDocument(frame);
    if (!inner) {
      add(frame);
      continue;
    }
    // The framed document's viewport starts at the frame's content box.
    const box = frame.getBoundingClientRect();
    const style = frame.ownerDocument.defaultView?.getComputedStyle(frame);
    const left = box.left + frame.clientLeft + Number.parseFloat(style?.paddingLeft ?? '0');
    const top = box.top + frame.clientTop + Number.parseFloat(style?.paddingTop ?? '0');
    search(inner, selector, dx + left, dy + top, found);
  }
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) search(element.shadowRoot, selector, dx, dy, found);
  }
}

/** The frame's document when this page may read it; null for another origin, or an embed (which has none). */
function readableDocument(frame: Element): Document | null {
  try {
    const inner = (frame as { contentDocument?: Document | null }).contentDocument;
    // Reading the body proves access: some browsers hand out a document they then refuse.
    return inner?.body ? inner : null;
  } catch {
    return null;
  }
}
