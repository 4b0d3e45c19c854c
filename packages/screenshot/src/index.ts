export { CaptureError } from './CaptureError.ts';
export { type CaptureEnvironment, canCaptureTab } from './capture/canCaptureTab.ts';
export { type CaptureOutcome, type CaptureTabOptions, captureTab } from './capture/captureTab.ts';
export type { CompressOptions } from './compress/CompressOptions.ts';
export { compressEdits } from './compress/compressEdits.ts';
export { HIGHLIGHT_STROKE, MASK_FILL, SCREENSHOT_DEFAULTS } from './defaults.ts';
export type { EditBox, Edits } from './edit/Edits.ts';
export { outputSize } from './edit/outputSize.ts';
export type { Rect } from './edit/Rect.ts';
export { renderEdits } from './edit/renderEdits.ts';
export {
  type CheckedImage,
  checkImageFile,
  type ImageLimits,
} from './files/checkImageFile.ts';
export { decodeImage } from './files/decodeImage.ts';
export { type ImageHeader, readImageHeader } from './files/readImageHeader.ts';
export { burnMasks, type DrawingSurface } from './masks/burnMasks.ts';
export { collectMasks } from './masks/collectMasks.ts';
export { FRAME_SELECTOR, SENSITIVE_SELECTOR } from './masks/sensitiveSelector.ts';
export { toFramePixels, type ViewportBox } from './masks/toFramePixels.ts';
