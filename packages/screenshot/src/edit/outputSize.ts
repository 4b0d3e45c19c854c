import type { Edits } from './Edits.ts';

/**
 * The size of the finished image: the crop (or the whole source), scaled down
 * so its longest side is at most `maxDimension`; never scaled up.
 */
export function outputSize(
  source: { readonly width: number; readonly height: number },
  edits: Edits,
  maxDimension: number,
): { width: number; height: number } {
  const width = edits.crop?.width ?? source.width;
  const height = edits.crop?.height ?? source.height;
  const scale = Math.min(1, maxDimension / Math.max(width, height));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}
