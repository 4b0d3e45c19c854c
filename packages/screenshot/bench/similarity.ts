/** Luma (BT.601) of RGBA pixels. */
function luma(rgba: Uint8ClampedArray): Float32Array {
  const out = new Float32Array(rgba.length / 4);
  for (let i = 0; i < out.length; i++) {
    out[i] =
      0.299 * (rgba[i * 4] ?? 0) + 0.587 * (rgba[i * 4 + 1] ?? 0) + 0.114 * (rgba[i * 4 + 2] ?? 0);
  }
  return out;
}

/**
 * SSIM (mean over 8×8 windows, stride 4, on luma; Wang et al. 2004 constants)
 * and PSNR (luma) of `test` against `reference`, two images of the same size.
 */
export function similarity(reference: ImageData, test: ImageData): { ssim: number; psnr: number } {
  const { width, height } = reference;
  const a = luma(reference.data);
  const b = luma(test.data);
  const c1 = (0.01 * 255) ** 2;
  const c2 = (0.03 * 255) ** 2;
  let total = 0;
  let windows = 0;
  for (let y = 0; y + 8 <= height; y += 4) {
    for (let x = 0; x + 8 <= width; x += 4) {
      let ma = 0;
      let mb = 0;
      for (let j = 0; j < 8; j++) {
        for (let i = 0; i < 8; i++) {
          const k = (y + j) * width + x + i;
          ma += a[k] ?? 0;
          mb += b[k] ?? 0;
        }
      }
      ma /= 64;
      mb /= 64;
      let va = 0;
      let vb = 0;
      let cov = 0;
      for (let j = 0; j < 8; j++) {
        for (let i = 0; i < 8; i++) {
          const k = (y + j) * width + x + i;
          const da = (a[k] ?? 0) - ma;
          const db = (b[k] ?? 0) - mb;
          va += da * da;
          vb += db * db;
          cov += da * db;
        }
      }
      va /= 63;
      vb /= 63;
      cov /= 63;
      total += ((2 * ma * mb + c1) * (2 * cov + c2)) / ((ma * ma + mb * mb + c1) * (va + vb + c2));
      windows++;
    }
  }
  let squared = 0;
  for (let i = 0; i < a.length; i++) squared += ((a[i] ?? 0) - (b[i] ?? 0)) ** 2;
  const mse = squared / a.length;
  return {
    ssim: total / Math.max(1, windows),
    psnr: mse === 0 ? Number.POSITIVE_INFINITY : 10 * Math.log10((255 * 255) / mse),
  };
}
