/**
 * Raw, gzip and brotli bytes of one file, with the settings CDNs serve
 * (gzip -9, brotli quality 11): the same measure as scripts/size.mjs, so
 * the figures compare with `pnpm size` and with other projects' published ones.
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface Size {
  raw: number;
  gzip: number;
  brotli: number;
}

export function compressedSize(bytes: Buffer): Size {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length,
  };
}

/** Files fetched one by one are compressed one by one: their sizes add up. */
export function sumSizes(sizes: Size[]): Size {
  return sizes.reduce(
    (sum, s) => ({ raw: sum.raw + s.raw, gzip: sum.gzip + s.gzip, brotli: sum.brotli + s.brotli }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
}
