const IMAGE_NAME = /\.(png|jpe?g|webp|gif|avif|heic|heif|bmp|tiff?)$/i;

/**
 * Whether a file claims to be a raster image, by its declared type or name.
 * Such files go through the screenshot checks and editor (loaded only then);
 * the checks decide by the bytes. SVG is not one: core refuses it as a type.
 */
export function looksLikeImage(file: Pick<File, 'name' | 'type'>): boolean {
  if (file.type === 'image/svg+xml') return false;
  return file.type.startsWith('image/') || IMAGE_NAME.test(file.name);
}
