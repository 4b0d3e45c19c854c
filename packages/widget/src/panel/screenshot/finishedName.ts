/**
 * The attached file's name: the original's with the extension of what it
 * became (`photo.jpeg` → `photo.webp`), or a dated `screenshot-…` for a capture.
 */
export function finishedName(original: string | null, type: string, now: number): string {
  const extension = type === 'image/webp' ? 'webp' : type === 'image/png' ? 'png' : 'jpg';
  if (original) {
    const stem = original.replace(/\.[^./\\]{1,5}$/, '') || 'image';
    return `${stem}.${extension}`;
  }
  const stamp = new Date(now).toISOString().slice(0, 19).replace(/[:T]/g, '-');
  return `screenshot-${stamp}.${extension}`;
}
