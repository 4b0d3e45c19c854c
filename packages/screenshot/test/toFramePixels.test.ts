import { describe, expect, it } from 'vitest';
import { toFramePixels } from '../src/masks/toFramePixels.ts';

const viewport = { x: 0, y: 0, width: 800, height: 600 };

describe('toFramePixels', () => {
  it('keeps CSS pixels when the frame is the viewport at 1×', () => {
    expect(
      toFramePixels([{ x: 10, y: 20, width: 100, height: 30 }], viewport, {
        width: 800,
        height: 600,
      }),
    ).toEqual([{ x: 10, y: 20, width: 100, height: 30 }]);
  });

  it('scales by the frame over the viewport (a 2× screen)', () => {
    expect(
      toFramePixels([{ x: 10.25, y: 20, width: 100, height: 30 }], viewport, {
        width: 1600,
        height: 1200,
      }),
    ).toEqual([{ x: 20, y: 40, width: 201, height: 60 }]);
  });

  it('grows each mask by the padding and rounds outwards', () => {
    expect(
      toFramePixels(
        [{ x: 10, y: 20, width: 100, height: 30 }],
        viewport,
        { width: 1600, height: 1200 },
        2,
      ),
    ).toEqual([{ x: 16, y: 36, width: 208, height: 68 }]);
  });

  it('centres a letterboxed frame and uses the smaller scale', () => {
    // 800×600 shown in a 1000×600 frame: scale 1, 100 px bars left and right.
    expect(
      toFramePixels([{ x: 0, y: 0, width: 50, height: 50 }], viewport, {
        width: 1000,
        height: 600,
      }),
    ).toEqual([{ x: 100, y: 0, width: 50, height: 50 }]);
  });

  it('shifts by the visual viewport when pinch-zoomed', () => {
    const zoomed = { x: 200, y: 100, width: 400, height: 300 };
    expect(
      toFramePixels([{ x: 250, y: 150, width: 10, height: 10 }], zoomed, {
        width: 800,
        height: 600,
      }),
    ).toEqual([{ x: 100, y: 100, width: 20, height: 20 }]);
  });

  it('clips to the frame and drops what is wholly outside (scrolled away)', () => {
    expect(
      toFramePixels(
        [
          { x: -50, y: 590, width: 100, height: 40 },
          { x: 10, y: 900, width: 100, height: 40 },
        ],
        viewport,
        { width: 800, height: 600 },
      ),
    ).toEqual([{ x: 0, y: 590, width: 50, height: 10 }]);
  });
});
