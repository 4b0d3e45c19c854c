import type { Rect } from './Rect.ts';

/** A box the user drew: `redact` is filled opaquely (never blurred: blur can be undone); `highlight` is only outlined. */
export interface EditBox extends Rect {
  readonly kind: 'redact' | 'highlight';
}

/** What the editor did to an image, in the source image's pixels. */
export interface Edits {
  /** The part of the image kept; `null` keeps all of it. */
  readonly crop: Rect | null;
  readonly boxes: readonly EditBox[];
}
