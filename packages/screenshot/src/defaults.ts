import { LIMITS } from '@destek/core';

/**
 * Every default of the screenshot package, in one place; docs/screenshots.md
 * quotes them and `pnpm bench compression` measures them.
 */
export const SCREENSHOT_DEFAULTS = {
  /**
   * Longest side of a compressed image. A 4K capture of a 2× screen becomes its
   * CSS size, where text is as sharp as on a 1080p screen; an agent needs no more.
   */
  maxDimension: 1920,
  /** What one screenshot may weigh after compression: a 4K capture fits in one upload on a slow line. */
  targetBytes: 400_000,
  /**
   * First encoder quality tried. 0.8 keeps text edges clean in WebP; the
   * compressor lowers it (and the size) only when the target is missed.
   */
  quality: 0.8,
  /** At most this many encodes per image after the first (each costs ~0.1 to 0.5 s). */
  maxIterations: 4,
  /** Largest image file accepted before compression: a camera photo or a PNG of a 4K screen fits. */
  maxInputBytes: 25 * 1024 * 1024,
  /** Width × height above which an image is refused from its header, before it is decoded. */
  maxPixels: LIMITS.imagePixels,
  /**
   * Decoded images are scaled to at most this long a side for editing: enough
   * to crop into a detail and still fill `maxDimension`, bounded in memory.
   */
  decodeMaxDimension: 4096,
  /** Masks reach this many CSS pixels past an element: focus rings and shadows carry its text's colour. */
  maskPaddingCss: 2,
} as const;

/** The opaque fill of automatic masks and redaction boxes: black hides everything, and compresses to nothing. */
export const MASK_FILL = '#000000';

/** Highlight outlines: a red that stands out on light and dark pages alike. */
export const HIGHLIGHT_STROKE = '#ff2d55';
