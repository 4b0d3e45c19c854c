import { SCREENSHOT_DEFAULTS } from '../defaults.ts';

/**
 * Decodes a checked image for the editor, upright (EXIF orientation applied)
 * and scaled so its longest side is at most `maxDimension`: a 40-megapixel
 * photo is not held at full size for a 1920-pixel result. Resolves `null`
 * when the bytes do not decode (a truncated or corrupt file).
 */
export async function decodeImage(
  file: Blob,
  size: { readonly width: number; readonly height: number },
  maxDimension: number = SCREENSHOT_DEFAULTS.decodeMaxDimension,
): Promise<ImageBitmap | null> {
  const longest = Math.max(size.width, size.height);
  const scale = longest > maxDimension ? maxDimension / longest : 1;
  try {
    return await createImageBitmap(
      file,
      scale < 1
        ? {
            imageOrientation: 'from-image',
            resizeWidth: Math.max(1, Math.round(size.width * scale)),
            resizeHeight: Math.max(1, Math.round(size.height * scale)),
            resizeQuality: 'high',
          }
        : { imageOrientation: 'from-image' },
    );
  } catch {
    return null;
  }
}
