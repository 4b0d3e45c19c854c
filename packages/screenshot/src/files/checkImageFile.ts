import type { FileRejection } from '@destek/core';
import { SCREENSHOT_DEFAULTS } from '../defaults.ts';
import { readImageHeader } from './readImageHeader.ts';

/** Limits of {@link checkImageFile}; each defaults to {@link SCREENSHOT_DEFAULTS}. */
export interface ImageLimits {
  /** @default 25 MiB */
  maxInputBytes?: number;
  /** @default 40 000 000 (LIMITS.imagePixels) */
  maxPixels?: number;
}

/** An image fit to open in the editor: its real type and size from its bytes. */
export interface CheckedImage {
  readonly ok: true;
  readonly type: 'image/png' | 'image/jpeg' | 'image/webp';
  readonly width: number;
  readonly height: number;
}

/**
 * Checks an image before anything decodes it: not empty, at most
 * `maxInputBytes`, a PNG, JPEG or WebP by its own bytes (an HTML page named
 * `.png` is refused as `type`), and at most `maxPixels` by its header (a
 * 20000×20000 PNG is refused without decoding a pixel). GIFs are refused as
 * `type`: an animated one would lose every frame but the first in the editor,
 * and those frames could hold what the user meant to redact.
 */
export async function checkImageFile(
  file: File,
  limits: ImageLimits = {},
): Promise<CheckedImage | { readonly ok: false; readonly rejection: FileRejection }> {
  const name = file.name || 'image';
  const refuse = (code: FileRejection['code'], limit?: number) => ({
    ok: false as const,
    rejection: limit === undefined ? { name, code } : { name, code, limit },
  });
  const maxBytes = limits.maxInputBytes ?? SCREENSHOT_DEFAULTS.maxInputBytes;
  const maxPixels = limits.maxPixels ?? SCREENSHOT_DEFAULTS.maxPixels;
  if (file.size === 0) return refuse('empty');
  if (file.size > maxBytes) return refuse('too_large', maxBytes);
  const header = await readImageHeader(file);
  if (!header || header.type === 'image/gif') return refuse('type');
  if (header.width * header.height > maxPixels) return refuse('too_many_pixels', maxPixels);
  return { ok: true, type: header.type, width: header.width, height: header.height };
}
