import { checkImageFile, decodeImage } from '@destek/screenshot';
import type { FileRejection } from '../coreTypes.ts';

/** An image ready for the editor: decoded, upright, bounded in size. */
export interface PreparedImage {
  readonly image: ImageBitmap | HTMLCanvasElement;
  /** Areas masked automatically (captures only). */
  readonly masked: number;
}

/**
 * Checks a picked, pasted or dropped image by its bytes and header (type,
 * size, pixels) and decodes it for the editor; a refusal names the limit.
 */
export async function prepareImage(
  file: File,
): Promise<{ prepared: PreparedImage } | { rejection: FileRejection }> {
  const checked = await checkImageFile(file);
  if (!checked.ok) return { rejection: checked.rejection };
  const image = await decodeImage(file, checked);
  if (!image) return { rejection: { name: file.name || 'image', code: 'unreadable' } };
  return { prepared: { image, masked: 0 } };
}
