import { LIMITS } from '@destek/protocol';
import type { Metadata } from 'sharp';
import { ApiError } from '../http/ApiError.ts';
import { imageSize } from './imageSize.ts';

type ImageType = 'image/png' | 'image/jpeg' | 'image/webp' | 'image/gif';

/**
 * Checks an image's pixel count from its header, then decodes and re-encodes
 * it in the same format. Re-encoding drops everything that is not pixels:
 * EXIF (GPS included), XMP, ICC comments, and any bytes appended after the
 * image's end, where polyglot files hide a second payload.
 */
export async function processImage(
  bytes: Uint8Array,
  type: ImageType,
): Promise<{ bytes: Uint8Array; width: number; height: number }> {
  const declared = imageSize(bytes, type);
  if (!declared || declared.width === 0 || declared.height === 0) {
    throw new ApiError('attachment_corrupt', 'The image header is damaged');
  }
  if (declared.width * declared.height > LIMITS.imagePixels) {
    throw new ApiError('image_too_large', `The image is over ${LIMITS.imagePixels} pixels`);
  }
  // Loaded on first use: most requests never touch an image, and startup stays fast.
  const { default: sharp } = await import('sharp');
  let meta: Metadata;
  try {
    // metadata() reads the header only; no pixel is decoded yet.
    meta = await sharp(bytes, { animated: type === 'image/gif' }).metadata();
  } catch {
    throw new ApiError('attachment_corrupt', 'The image does not decode');
  }
  const width = meta.width;
  const height = meta.pageHeight ?? meta.height;
  const pages = meta.pages ?? 1;
  if (!width || !height) throw new ApiError('attachment_corrupt', 'The image has no size');
  if (width * height * pages > LIMITS.imagePixels) {
    throw new ApiError('image_too_large', `The image is over ${LIMITS.imagePixels} pixels`);
  }
  try {
    let pipeline = sharp(bytes, {
      animated: type === 'image/gif',
      limitInputPixels: LIMITS.imagePixels,
      failOn: 'error',
    }).autoOrient();
    if (type === 'image/png') pipeline = pipeline.png({ compressionLevel: 6 });
    else if (type === 'image/jpeg') pipeline = pipeline.jpeg({ quality: 90, mozjpeg: false });
    else if (type === 'image/webp') pipeline = pipeline.webp({ quality: 90 });
    else pipeline = pipeline.gif();
    const { data, info } = await pipeline.toBuffer({ resolveWithObject: true });
    return {
      bytes: new Uint8Array(data),
      width: info.width,
      height: info.pageHeight ?? info.height,
    };
  } catch {
    throw new ApiError('attachment_corrupt', 'The image does not decode');
  }
}
