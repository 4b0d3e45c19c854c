import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Tab capture needs Chromium switches the vitest browser project does not
// pass, so this test drives Chromium itself: the package's source is served
// by Vite on 127.0.0.1 (a secure context), and Chromium accepts (or, in the
// second browser, refuses) the "share this tab" prompt on its own.
const BASE_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

let vite: ViteDevServer;
let origin: string;
let accepting: Browser;
let refusing: Browser;

const launch = (flag: string) =>
  chromium.launch({
    executablePath: process.env.DESTEK_CHROMIUM ?? '/usr/bin/chromium',
    args: [...BASE_ARGS, flag],
  });

beforeAll(async () => {
  vite = await createServer({
    configFile: false,
    root: join(import.meta.dirname, '..'),
    cacheDir: join(tmpdir(), 'destek-screenshot-capture-vite'),
    logLevel: 'error',
    server: { host: '127.0.0.1', port: 0, strictPort: false },
    optimizeDeps: {
      include: ['browser-image-compression', '@preact/signals-core', 'idb-keyval', 'zod/mini'],
    },
  });
  await vite.listen();
  const address = vite.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  origin = `http://127.0.0.1:${address.port}`;
  [accepting, refusing] = await Promise.all([
    launch('--auto-accept-this-tab-capture'),
    launch('--auto-reject-this-tab-capture'),
  ]);
}, 120_000);

afterAll(async () => {
  await accepting?.close();
  await refusing?.close();
  await vite?.close();
});

async function open(browser: Browser): Promise<{ page: Page; requests: string[] }> {
  const context = await browser.newContext({ viewport: { width: 900, height: 700 } });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  // Nothing may leave for another host; were anything to try, it is recorded and refused here.
  await context.route(
    (url) => url.origin !== origin,
    (route) => route.abort(),
  );
  const page = await context.newPage();
  await page.goto(`${origin}/test/fixtures/capture.html`);
  await page.waitForFunction(() => 'destekReady' in window, null, { timeout: 60_000 });
  return { page, requests };
}

type Box = { x: number; y: number; width: number; height: number };
type Seen = { lime: number; dark: number; all: number };

describe('captureTab in Chromium', () => {
  it('burns every sensitive field to black, hides the widget, and compresses without another host', async () => {
    const { page, requests } = await open(accepting);
    const result = await page.evaluate(async () => {
      const { captureTab, compressEdits } = (
        window as unknown as { destek: typeof import('../src/index.ts') }
      ).destek;
      window.scrollTo(0, 200);
      const widget = document.getElementById('widget');
      const box = (id: string) => {
        const r = document.getElementById(id)?.getBoundingClientRect();
        if (!r) throw new Error(`no #${id}`);
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      };
      const ids = ['password', 'card', 'marked', 'custom', 'frame', 'control', 'widget'];
      const boxes = Object.fromEntries(ids.map((id) => [id, box(id)]));
      const outcome = await captureTab({
        mask: ['#custom'],
        hide: () => {
          widget?.setAttribute('hidden', '');
          return () => widget?.removeAttribute('hidden');
        },
      });
      if (outcome.status !== 'captured') return { outcome: outcome.status };
      const widgetBack = !widget?.hasAttribute('hidden');
      const blob = await compressEdits(outcome.image, { crop: null, boxes: [] });
      const bitmap = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no context');
      context.drawImage(bitmap, 0, 0);
      const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
      const scale = bitmap.width / window.innerWidth;
      const seen = (b: Box): Seen => {
        let lime = 0;
        let dark = 0;
        let all = 0;
        for (let y = Math.ceil(b.y * scale); y < Math.floor((b.y + b.height) * scale); y++) {
          for (let x = Math.ceil(b.x * scale); x < Math.floor((b.x + b.width) * scale); x++) {
            const i = (y * bitmap.width + x) * 4;
            const [r, g, bl] = [pixels[i] ?? 0, pixels[i + 1] ?? 0, pixels[i + 2] ?? 0];
            all++;
            if (g > 160 && r < 120 && bl < 120) lime++;
            if (Math.max(r, g, bl) <= 16) dark++;
          }
        }
        return { lime, dark, all };
      };
      return {
        outcome: outcome.status,
        type: blob.type,
        size: [bitmap.width, bitmap.height],
        masks: outcome.masks.length,
        widgetBack,
        seen: Object.fromEntries(ids.map((id) => [id, seen(boxes[id] as Box)])),
      };
    });
    expect(result.outcome).toBe('captured');
    expect(result.type).toBe('image/webp');
    expect(result.widgetBack).toBe(true);
    const seen = result.seen as Record<string, Seen>;
    // Password, card number, data-destek-mask, the mask option's selector, the cross-origin frame:
    // every pixel is the mask's black (give or take the codec's rounding).
    for (const id of ['password', 'card', 'marked', 'custom', 'frame']) {
      expect(seen[id]?.all).toBeGreaterThan(2000);
      expect({ id, ...seen[id] }).toEqual({ id, lime: 0, dark: seen[id]?.all, all: seen[id]?.all });
    }
    // The control shows the colour the masks hid, so the check above can fail.
    expect(seen.control?.lime).toBeGreaterThan(100);
    // The widget was hidden while the frame was taken.
    expect(seen.widget?.lime).toBe(0);
    expect(result.masks).toBe(5);
    // Only the page's own origin, also while compressing (the worker and its script included).
    expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    expect(requests.some((url) => url.includes('compressWorker'))).toBe(true);
  }, 120_000);

  it('sees the CDN request browser-image-compression makes by default (so the check above can fail)', async () => {
    const { page, requests } = await open(accepting);
    await page.evaluate(async () => {
      const { imageCompression } = (
        window as unknown as {
          destek: { imageCompression: (file: File, options: object) => Promise<Blob> };
        }
      ).destek;
      const canvas = new OffscreenCanvas(64, 64);
      canvas.getContext('2d')?.fillRect(0, 0, 64, 64);
      const png = await canvas.convertToBlob({ type: 'image/png' });
      await imageCompression(new File([png], 'x.png', { type: 'image/png' }), { maxSizeMB: 1 });
    });
    expect(requests.some((url) => url.startsWith('https://cdn.jsdelivr.net/'))).toBe(true);
  }, 120_000);

  it('resolves "cancelled" when the user declines to share the tab', async () => {
    const { page } = await open(refusing);
    const outcome = await page.evaluate(async () => {
      const { captureTab } = (window as unknown as { destek: typeof import('../src/index.ts') })
        .destek;
      return (await captureTab()).status;
    });
    expect(outcome).toBe('cancelled');
  }, 120_000);
});
