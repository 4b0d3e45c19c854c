import { DestekError } from '@destek/core';

/**
 * Why a screenshot could not be taken or prepared. The user cancelling the
 * browser's prompt is not one of these: `captureTab` resolves `cancelled`.
 * - `capture_unsupported`: no tab capture here (see `canCaptureTab`).
 * - `capture_wrong_surface`: the user shared another tab, a window or a screen,
 *   whose pixels the automatic masks cannot be placed on; nothing is kept.
 * - `capture_failed`: the browser gave no frame.
 * - `mask_failed`: the sensitive elements could not be found (a bad selector);
 *   the capture is dropped rather than shown unmasked.
 * - `compress_failed`: the edited image could not be encoded.
 */
export class CaptureError extends DestekError {
  override name = 'CaptureError';
  declare readonly code:
    | 'capture_unsupported'
    | 'capture_wrong_surface'
    | 'capture_failed'
    | 'mask_failed'
    | 'compress_failed';
}
