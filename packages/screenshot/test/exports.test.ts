import { expect, it } from 'vitest';
import * as entry from '../src/index.ts';

// Pins the public surface: a change here is a change of the package's API.
it('exports exactly these names', () => {
  expect(Object.keys(entry).sort()).toEqual([
    'CaptureError',
    'FRAME_SELECTOR',
    'HIGHLIGHT_STROKE',
    'MASK_FILL',
    'SCREENSHOT_DEFAULTS',
    'SENSITIVE_SELECTOR',
    'burnMasks',
    'canCaptureTab',
    'captureTab',
    'checkImageFile',
    'collectMasks',
    'compressEdits',
    'decodeImage',
    'outputSize',
    'readImageHeader',
    'renderEdits',
    'toFramePixels',
  ]);
});
