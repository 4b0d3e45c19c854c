import type { Rect } from '@destek/screenshot';
import type { RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * The canvas that shows `region` of `image`, filling the stage at the
 * screen's pixel density and redrawn when the stage changes size. Also gives
 * the stage the region's shape (`--shot-ratio`, set through the CSSOM).
 * Returns the ref to put on the `<canvas>`.
 */
export function useStageCanvas(
  stage: RefObject<HTMLElement | null>,
  image: CanvasImageSource,
  region: Rect,
): RefObject<HTMLCanvasElement | null> {
  const canvas = useRef<HTMLCanvasElement>(null);
  const { x, y, width, height } = region;
  useLayoutEffect(() => {
    const box = stage.current;
    const target = canvas.current;
    if (!box || !target) return;
    box.style.setProperty('--shot-ratio', String(width / height));
    const draw = () => {
      const density = box.ownerDocument.defaultView?.devicePixelRatio ?? 1;
      const w = Math.max(1, Math.round(box.clientWidth * density));
      const h = Math.max(1, Math.round(box.clientHeight * density));
      if (target.width !== w || target.height !== h) {
        target.width = w;
        target.height = h;
      }
      const context = target.getContext('2d');
      if (!context) return;
      context.imageSmoothingQuality = 'high';
      context.drawImage(image, x, y, width, height, 0, 0, w, h);
    };
    draw();
    const observer = new ResizeObserver(draw);
    observer.observe(box);
    return () => observer.disconnect();
  }, [stage, image, x, y, width, height]);
  return canvas;
}
