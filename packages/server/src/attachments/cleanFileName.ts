import { LIMITS } from '@destek/protocol';

// Controls, bidi overrides and isolates (U+202E turns `gnp.exe` into `exe.png`
// on screen), zero-width characters, and lone surrogates.
const UNSAFE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * A file name fit for display: the last path segment, without characters
 * that disguise or break it, at most {@link LIMITS.fileNameChars}. Names are
 * never used as paths; files are stored under their id.
 */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(UNSAFE, '').trim();
  const capped = Array.from(cleaned)
    .slice(0, LIMITS.fileNameChars)
    .join('')
    .slice(0, LIMITS.fileNameChars);
  return capped.length > 0 ? capped.replace(/[\ud800-\udbff]$/, '') || 'file' : 'file';
}
