/** How a finished screenshot is compressed; every field defaults to `SCREENSHOT_DEFAULTS`. */
export interface CompressOptions {
  /** Longest side in pixels; larger images are scaled down. @default 1920 */
  maxDimension?: number;
  /** Size to reach; quality, then size, are lowered step by step until it fits. @default 400000 */
  targetBytes?: number;
  /** First quality tried, 0 to 1. @default 0.8 */
  quality?: number;
  /** Encodes tried after the first before settling. @default 4 */
  maxIterations?: number;
}

/** {@link CompressOptions} with every default filled in. */
export type ResolvedCompressOptions = Required<CompressOptions>;
