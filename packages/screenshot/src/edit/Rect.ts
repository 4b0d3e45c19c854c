/** A rectangle in pixels of one image (or of the viewport, where said so). */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}
