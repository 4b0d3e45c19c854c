// The screenshot chunk: loaded by the files step only when the user attaches
// an image or presses "Capture this tab". The compressor itself runs in a
// worker file of its own (see @destek/screenshot's compressEdits).
export { captureTab, compressEdits } from '@destek/screenshot';
export { adoptStyles } from './adoptStyles.ts';
export { prepareImage } from './prepareImage.ts';
export { ScreenshotEditor } from './ScreenshotEditor.tsx';
export { screenshotEditorCss } from './screenshotEditor.css.ts';
