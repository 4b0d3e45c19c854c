/**
 * Screenshot compression in headless Chromium. A plain script:
 * `node packages/screenshot/bench/compression.bench.ts` (or `pnpm bench compression`);
 * progress goes to stderr, the last stdout line is one JSON object.
 *
 * Four real pages (dense text, a table, photos painted in the page, a dark
 * dashboard) are rendered by Chromium and photographed at 1920×1080 and, at
 * device scale 2, 3840×2160. Each PNG is then compressed in a page served
 * from 127.0.0.1, with the package's production code built by Vite (the
 * worker file included):
 * - `ours`: `compressEdits` with its defaults, in its worker (3 runs; median time);
 * - `oursOnPage`: the same where no worker may start (a CSP without worker-src);
 * - `libraryDefaults`: browser-image-compression with its default options,
 *   on the page (where it falls back when its CDN worker script cannot load);
 * - `png`: `canvas.toBlob('image/png')` of the decoded screenshot.
 * For each: bytes in and out, time, the longest main-thread task (Long Tasks
 * API: tasks over 50 ms; 0 when there is none) and how many, the longest gap
 * in a chain of zero-delay timers (which also counts time the OS gave the
 * thread to others: read it with the load average), and SSIM / PSNR (luma)
 * against the original scaled to
 * the same size with high-quality resampling. `ssimAtCaptureSize` compares
 * ours scaled back up with the original capture: what the resolution cap costs.
 */

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { BENCH_PAGES } from './benchPages.ts';

const log = (message: string) => process.stderr.write(`compression: ${message}\n`);
const RUNS = Number(process.env.DESTEK_COMPRESSION_RUNS ?? 3);
/** A folder to keep each input and our output in, to look at (legibility). @default none */
const SAVE = process.env.DESTEK_COMPRESSION_SAVE;
const here = import.meta.dirname;
const out = mkdtempSync(join(tmpdir(), 'destek-compression-bench-'));

log('building the bench bundle (production build, worker file included)');
await build({
  configFile: false,
  root: join(here, '..'),
  logLevel: 'warn',
  base: './',
  build: {
    outDir: out,
    emptyOutDir: true,
    minify: true,
    lib: { entry: join(here, 'benchEntry.ts'), formats: ['es'], fileName: () => 'bench.js' },
  },
});

const shots = new Map<string, Buffer>();
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.png': 'image/png' };
const server = createServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://bench').pathname;
  const send = (status: number, type: string, body: string | Buffer) => {
    response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
    response.end(body);
  };
  if (path === '/') {
    return send(
      200,
      'text/html',
      '<!doctype html><script type="module" src="./bench.js"></script>',
    );
  }
  const page = /^\/page\/(\w+)$/.exec(path)?.[1];
  if (page && BENCH_PAGES[page]) return send(200, 'text/html', BENCH_PAGES[page]);
  const shot = /^\/shot\/([\w-]+)\.png$/.exec(path)?.[1];
  if (shot && shots.has(shot)) return send(200, 'image/png', shots.get(shot) as Buffer);
  const file = normalize(path).replace(/^\/+/, '');
  try {
    return send(
      200,
      TYPES[extname(file)] ?? 'application/octet-stream',
      readFileSync(join(out, file)),
    );
  } catch {
    return send(404, 'text/plain', 'not found');
  }
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const browser = await chromium.launch({
  executablePath: process.env.DESTEK_CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});

/** Only the pages whose name contains this (while working on one). @default all */
const ONLY = process.env.DESTEK_COMPRESSION_ONLY ?? '';
for (const name of Object.keys(BENCH_PAGES).filter((n) => n.includes(ONLY))) {
  for (const scale of [1, 2]) {
    const context = await browser.newContext({
      viewport: { width: 1920, height: 1080 },
      deviceScaleFactor: scale,
    });
    const page = await context.newPage();
    await page.goto(`${origin}/page/${name}`);
    if (name === 'photos') await page.waitForSelector('body[data-ready]');
    shots.set(`${name}-${1920 * scale}x${1080 * scale}`, await page.screenshot({ type: 'png' }));
    await context.close();
  }
}
log(`${shots.size} screenshots rendered`);

type Method = 'ours' | 'oursOnPage' | 'libraryDefaults' | 'png';
interface Measured {
  bytesIn: number;
  bytesOut: number;
  type: string;
  size: string;
  ms: number;
  longestTaskMs: number;
  longTasksOver50ms: number;
  longestTimerGapMs: number;
  ssim: number;
  psnr: number;
  ssimAtCaptureSize?: number;
  /** The output, base64, when asked to keep it. */
  output?: string;
}

/** Runs one compression in the page and measures it. */
function measure(
  page: Page,
  key: string,
  method: Method,
  upscale: boolean,
  keep = false,
): Promise<Measured> {
  return page.evaluate(
    async ({ key, method, upscale, keep }) => {
      type Bench = {
        compressEdits: (source: ImageBitmap, edits: object) => Promise<Blob>;
        imageCompression: (file: File, options: object) => Promise<Blob>;
        similarity: (a: ImageData, b: ImageData) => { ssim: number; psnr: number };
      };
      const bench = (window as unknown as { bench: Bench }).bench;
      const pixels = async (source: ImageBitmapSource, width?: number, height?: number) => {
        const bitmap = await createImageBitmap(
          source,
          width && height
            ? { resizeWidth: width, resizeHeight: height, resizeQuality: 'high' }
            : {},
        );
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d');
        if (!context) throw new Error('no context');
        context.drawImage(bitmap, 0, 0);
        bitmap.close();
        return context.getImageData(0, 0, canvas.width, canvas.height);
      };
      const png = await (await fetch(`/shot/${key}.png`)).blob();
      const source = await createImageBitmap(png);
      const RealWorker = window.Worker;
      if (method === 'oursOnPage') {
        window.Worker = class {
          constructor() {
            throw new DOMException('blocked by the page CSP', 'SecurityError');
          }
        } as unknown as typeof Worker;
      }
      // The main thread's longest stretch without a turn for a zero-delay timer.
      let longest = 0;
      let last = performance.now();
      let running = true;
      const tick = () => {
        const now = performance.now();
        longest = Math.max(longest, now - last);
        last = now;
        if (running) setTimeout(tick, 0);
      };
      setTimeout(tick, 0);
      const tasks: number[] = [];
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push(entry.duration);
      });
      observer.observe({ type: 'longtask' });
      const started = performance.now();
      let blob: Blob;
      if (method === 'ours' || method === 'oursOnPage') {
        blob = await bench.compressEdits(source, { crop: null, boxes: [] });
      } else if (method === 'libraryDefaults') {
        blob = await bench.imageCompression(new File([png], 'shot.png', { type: 'image/png' }), {
          useWebWorker: false,
        });
      } else {
        const canvas = document.createElement('canvas');
        canvas.width = source.width;
        canvas.height = source.height;
        canvas.getContext('2d')?.drawImage(source, 0, 0);
        blob = await new Promise<Blob>((resolve, reject) =>
          canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('no blob'))), 'image/png'),
        );
      }
      const ms = performance.now() - started;
      running = false;
      await new Promise((resolve) => setTimeout(resolve, 60));
      observer.disconnect();
      window.Worker = RealWorker;
      const result = await pixels(blob);
      const reference = await pixels(source, result.width, result.height);
      const { ssim, psnr } = bench.similarity(reference, result);
      let ssimAtCaptureSize: number | undefined;
      if (upscale && result.width !== source.width) {
        const back = await pixels(blob, source.width, source.height);
        ssimAtCaptureSize = bench.similarity(await pixels(source), back).ssim;
      }
      source.close();
      let output: string | undefined;
      if (keep) {
        const bytes = new Uint8Array(await blob.arrayBuffer());
        let text = '';
        for (let i = 0; i < bytes.length; i += 0x8000) {
          text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        }
        output = btoa(text);
      }
      return {
        bytesIn: png.size,
        bytesOut: blob.size,
        type: blob.type,
        size: `${result.width}x${result.height}`,
        ms,
        longestTaskMs: Math.max(0, ...tasks),
        longTasksOver50ms: tasks.filter((d) => d > 50).length,
        longestTimerGapMs: longest,
        ssim,
        psnr,
        ...(ssimAtCaptureSize === undefined ? {} : { ssimAtCaptureSize }),
        ...(output === undefined ? {} : { output }),
      };
    },
    { key, method, upscale, keep },
  );
}

const round = (value: number, digits = 0) => Number(value.toFixed(digits));
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
function figures(runs: Measured[]) {
  const last = runs[runs.length - 1] as Measured;
  return {
    bytesIn: last.bytesIn,
    bytesOut: last.bytesOut,
    type: last.type,
    size: last.size,
    ms: round(median(runs.map((r) => r.ms))),
    ...(runs.length > 1 ? { msRuns: runs.map((r) => round(r.ms)) } : {}),
    longestTaskMs: round(Math.max(...runs.map((r) => r.longestTaskMs))),
    longTasksOver50ms: Math.max(...runs.map((r) => r.longTasksOver50ms)),
    longestTimerGapMs: round(Math.max(...runs.map((r) => r.longestTimerGapMs))),
    ssim: round(last.ssim, 4),
    psnrDb: round(last.psnr, 1),
    ...(last.ssimAtCaptureSize === undefined
      ? {}
      : { ssimAtCaptureSize: round(last.ssimAtCaptureSize, 4) }),
  };
}

const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const foreign: string[] = [];
context.on('request', (request) => {
  if (!request.url().startsWith(origin)) foreign.push(request.url());
});
await context.route(
  (url) => url.origin !== origin,
  (route) => route.abort(),
);
const page = await context.newPage();
await page.goto(`${origin}/`);
await page.waitForFunction(() => 'bench' in window);
// One untimed run so the worker script and the encoders are warm, as on a second attach.
await measure(page, [...shots.keys()][0] ?? '', 'ours', false);

const results: Record<string, Record<string, unknown>> = {};
const verdict: Record<string, boolean> = {};
for (const key of shots.keys()) {
  const uhd = key.endsWith('3840x2160');
  log(`${key}: ours ×${RUNS}`);
  const ours: Measured[] = [];
  for (let i = 0; i < RUNS; i++) {
    const last = i === RUNS - 1;
    ours.push(await measure(page, key, 'ours', uhd && last, last && SAVE !== undefined));
  }
  const kept = ours[ours.length - 1]?.output;
  if (SAVE && kept) {
    mkdirSync(SAVE, { recursive: true });
    writeFileSync(join(SAVE, `${key}.png`), shots.get(key) as Buffer);
    writeFileSync(join(SAVE, `${key}.ours.webp`), Buffer.from(kept, 'base64'));
  }
  log(`${key}: on the page, library defaults, PNG`);
  const row: Record<string, unknown> = { ours: figures(ours) };
  row.oursOnPage = figures([await measure(page, key, 'oursOnPage', false)]);
  row.libraryDefaults = figures([await measure(page, key, 'libraryDefaults', false)]);
  row.png = figures([await measure(page, key, 'png', false)]);
  results[key] = row;
  if (uhd) {
    const o = row.ours as ReturnType<typeof figures>;
    verdict[`${key}: ≤ 400 KB`] = o.bytesOut <= 400_000;
    verdict[`${key}: ≤ 1.5 s median`] = o.ms <= 1500;
    verdict[`${key}: no main-thread task over 50 ms`] = o.longestTaskMs <= 50;
    verdict[`${key}: SSIM ≥ 0.95`] = o.ssim >= 0.95;
  }
}
await browser.close();
server.close();
rmSync(out, { recursive: true, force: true });

console.log(
  JSON.stringify({
    runs: RUNS,
    loadAverageAtEnd: round(loadavg()[0] ?? 0, 2),
    requestsToOtherHosts: foreign.length,
    targetsMet: verdict,
    results,
  }),
);
