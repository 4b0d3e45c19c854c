import type { Rect } from '../edit/Rect.ts';

/** The visible part of the page when the frame was taken, in CSS pixels (`visualViewport` when pinch-zoomed). */
export interface ViewportBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Maps rectangles from the page's CSS pixels to pixels of a captured frame of
 * that viewport. The frame's own width over the viewport's is the scale: it
 * folds in `devicePixelRatio` and any downscaling by the capturer. When the
 * frame's shape differs from the viewport's, the capturer letterboxed it: the
 * smaller scale applies and the picture is centred. Each rectangle grows by
 * `padCss` on every side (rings and shadows carry the text's colour), is
 * rounded outwards to whole pixels, and is clipped to the frame; one wholly
 * outside is dropped.
 */
export function toFramePixels(
  rects: readonly Rect[],
  viewport: ViewportBox,
  frame: { readonly width: number; readonly height: number },
  padCss = 0,
): Rect[] {
  const scale = Math.min(frame.width / viewport.width, frame.height / viewport.height);
  const offsetX = (frame.width - viewport.width * scale) / 2;
  const offsetY = (frame.height - viewport.height * scale) / 2;
  const mapped: Rect[] = [];
  for (const rect of rects) {
    const left = Math.max(0, Math.floor(offsetX + (rect.x - viewport.x - padCss) * scale));
    const top = Math.max(0, Math.floor(offsetY + (rect.y - viewport.y - padCss) * scale));
    const right = Math.min(
      frame.width,
      Math.ceil(offsetX + (rect.x - viewport.x + rect.width + padCss) * scale),
    );
    const bottom = Math.min(
      frame.height,
      Math.ceil(offsetY + (rect.y - viewport.y + rect.height + padCss) * scale),
    );
    if (right > left && bottom > top) {
      mapped.push({ x: left, y: top, width: right - left, height: bottom - top });
    }
  }
  return mapped;
}
