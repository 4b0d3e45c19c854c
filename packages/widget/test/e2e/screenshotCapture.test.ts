import { rm } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureScriptBuild } from './support/ensureScriptBuild.ts';
import { launchChromium } from './support/launchChromium.ts';
import { openPanel, REPORT, referenceShown } from './support/panel.ts';
import { strictCsp } from './support/shopPage.ts';
import { type PageServer, startPageServer } from './support/startPageServer.ts';
import {
  type ReferenceServer,
  SITE_KEY,
  startReferenceServer,
} from './support/startReferenceServer.ts';

// The built script-tag widget on a strict-CSP shop page, against the reference
// server, in a Chromium that accepts "share this tab" by itself (a switch the
// shared launcher does not pass). One visitor captures the tab, edits the
// screenshot with mouse and keys, attaches it and sends the report.
let scriptDir: string;
let pages: PageServer;
let server: ReferenceServer;
let browser: Browser;

beforeAll(async () => {
  scriptDir = await ensureScriptBuild();
  pages = await startPageServer(scriptDir);
  [server, browser] = await Promise.all([
    startReferenceServer([pages.origin]),
    launchChromium(['--auto-accept-this-tab-capture']),
  ]);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await pages?.stop();
  if (scriptDir) await rm(scriptDir, { recursive: true, force: true });
});

const NONCE = 'Sh0pN0nce';
// Lime marks what must never leave the page; magenta fills where the panel stands.
const SHOP_CSS = `
body { margin: 0; font: 24px/1.3 sans-serif; background: #fff; color: #222; }
.secret { position: absolute; left: 80px; width: 440px; height: 56px; color: #00ff00;
  font: 700 30px sans-serif; border: 2px solid #aaa; background: #fff; padding: 0 8px; }
#pw { top: 120px; } #card { top: 200px; } #marked { top: 280px; } #note { top: 360px; }
#decoy { position: fixed; right: 0; top: 0; width: 480px; height: 100%; background: #ff00ff; }
`;

function shopPage(serverUrl: string): { html: string; headers: Record<string, string> } {
  const policy = strictCsp(serverUrl, NONCE, { extra: ["worker-src 'self'"] });
  return {
    headers: { 'content-security-policy': policy },
    html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title>
<link rel="stylesheet" href="/shop.css"></head><body>
<h1>Checkout</h1>
<input class="secret" id="pw" type="password" value="hunter2hunter2">
<input class="secret" id="card" autocomplete="cc-number" value="4111 1111 1111 1111">
<div class="secret" id="marked" data-destek-mask>TR33 0006 1005 1978 6457 84</div>
<div class="secret" id="note">my home address</div>
<div id="decoy"></div>
<script async nonce="${NONCE}" src="/widget/destek.js" data-server="${serverUrl}" data-site-key="${SITE_KEY}"></script>
</body></html>`,
  };
}

/** Colours counted in an image: lime (must be gone), magenta (the page behind the hidden panel). */
type Census = { width: number; height: number; lime: number; magenta: number };

/** Decodes image bytes in the page and counts lime and magenta pixels. */
async function census(page: Page, base64: string): Promise<Census> {
  return page.evaluate(async (data) => {
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes]));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no context');
    context.drawImage(bitmap, 0, 0);
    const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let lime = 0;
    let magenta = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      const [r, g, b] = [pixels[i] ?? 0, pixels[i + 1] ?? 0, pixels[i + 2] ?? 0];
      if (g > 160 && r < 120 && b < 120) lime++;
      if (r > 200 && b > 200 && g < 80) magenta++;
    }
    return { width: bitmap.width, height: bitmap.height, lime, magenta };
  }, base64);
}

/** Every Blob kept in any IndexedDB database of the page, base64-encoded. */
function storedBlobs(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const found: Blob[] = [];
    const visit = (value: unknown, depth: number) => {
      if (value instanceof Blob) found.push(value);
      else if (value && typeof value === 'object' && depth < 6) {
        for (const inner of Object.values(value)) visit(inner, depth + 1);
      }
    };
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const store of db.objectStoreNames) {
        const all = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        visit(all, 0);
      }
      db.close();
    }
    const encode = async (blob: Blob) => {
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let text = '';
      for (let i = 0; i < bytes.length; i += 0x8000) {
        text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      }
      return btoa(text);
    };
    return Promise.all(found.map(encode));
  });
}

/** The file part of a multipart/form-data body. */
function filePart(body: Buffer, contentType: string): Buffer {
  const boundary = /boundary=(.+)$/.exec(contentType)?.[1];
  if (!boundary) throw new Error(`no boundary in ${contentType}`);
  const start = body.indexOf('\r\n\r\n', body.indexOf('filename=')) + 4;
  const end = body.indexOf(`\r\n--${boundary}`, start);
  return body.subarray(start, end);
}

describe('a screenshot of this tab, through the built widget', () => {
  it('masks, edits, compresses and sends it; nothing unmasked is stored or sent', async () => {
    pages.set('/shop.css', { html: SHOP_CSS, headers: { 'content-type': 'text/css' } });
    pages.set('/shop', shopPage(server.url));
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const requests: string[] = [];
    context.on('request', (request) => requests.push(request.url()));
    const served: string[] = [];
    context.on('response', (response) => {
      if (response.ok()) served.push(response.url());
    });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const seen: string[] = [];
      Object.defineProperty(window, '__violations', { value: seen });
      document.addEventListener(
        'securitypolicyviolation',
        (event) => seen.push(`${event.effectiveDirective} blocked ${event.blockedURI}`),
        true,
      );
    });
    await page.goto(`${pages.origin}/shop`);
    await openPanel(page);
    await page.getByRole('button', { name: /Report a problem/ }).click();
    await page.getByLabel('Summary', { exact: false }).fill('The card form rejects my card');
    await page.getByLabel('Category', { exact: false }).selectOption('payment');
    const next = () => page.getByRole('button', { name: 'Next', exact: true }).click();
    await next();
    await next();
    await page.getByLabel('What happened instead?', { exact: false }).fill(REPORT.observed);
    await next();
    await page.getByRole('button', { name: 'Capture this tab' }).waitFor();
    const chunk = (url: string) => /screenshotKit|compressWorker/.test(url);
    // The editor and compressor are not fetched until an image or a capture needs them.
    expect(requests.filter(chunk)).toEqual([]);

    await page.getByRole('button', { name: 'Capture this tab' }).click();
    await page.getByRole('heading', { name: 'Edit the screenshot' }).waitFor({ timeout: 30_000 });
    expect(requests.some((url) => url.includes('screenshotKit'))).toBe(true);
    await page.getByText('3 private areas were hidden automatically.').waitFor();

    // Draw a box over the note with the mouse, 26 image px (two key steps) too far left...
    const stage = page.locator('[data-destek] >> css=.shot-stage');
    const frame = await stage.boundingBox();
    if (!frame) throw new Error('no stage');
    const k = frame.width / 1280;
    const at = (x: number, y: number) => [frame.x + x * k, frame.y + y * k] as const;
    const [x1, y1] = at(80 - 4 - 26, 360 - 4);
    const [x2, y2] = at(80 + 460 + 4 - 26, 360 + 60 + 4);
    await page.mouse.move(x1, y1);
    await page.mouse.down();
    await page.mouse.move((x1 + x2) / 2, (y1 + y2) / 2, { steps: 4 });
    await page.mouse.move(x2, y2, { steps: 4 });
    await page.mouse.up();
    // ...then move it into place with the keyboard (the new box has focus).
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    // A highlight added and taken back.
    await page.getByRole('button', { name: 'Highlight', exact: true }).click();
    await page.getByRole('button', { name: 'Undo' }).click();
    expect(await page.locator('[data-destek] >> css=.shot-box').count()).toBe(1);
    // Crop: the suggested area, its right edge pulled in by two steps.
    await page.getByRole('button', { name: 'Crop', exact: true }).click();
    await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('Shift+ArrowLeft');
    await page.getByRole('button', { name: 'Apply crop' }).click();
    await page.getByRole('button', { name: 'Attach' }).click();
    await page.getByText(/screenshot-.*\.webp \(/).waitFor({ timeout: 30_000 });
    // The compressor ran in its worker, served from the widget's own files next to the chunks.
    expect(served.some((url) => /\/widget\/destek-compressWorker-[\w-]+\.js$/.test(url))).toBe(
      true,
    );

    // Hold the upload until what is stored on the device has been read.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let uploaded: Buffer | null = null;
    await page.route(`${server.url}/v1/attachments`, async (route) => {
      const request = route.request();
      if (request.method() === 'POST') {
        uploaded = filePart(
          request.postDataBuffer() ?? Buffer.alloc(0),
          request.headers()['content-type'] ?? '',
        );
        await held;
      }
      await route.continue();
    });
    await next();
    await page.getByLabel('Your e-mail', { exact: false }).fill(REPORT.email);
    await page.getByRole('button', { name: 'Send report' }).click();
    await expect.poll(() => uploaded !== null, { timeout: 30_000 }).toBe(true);

    const stored = await storedBlobs(page);
    expect(stored.length).toBeGreaterThan(0);
    for (const blob of stored) {
      const seen = await census(page, blob);
      expect(seen.lime).toBe(0);
    }
    release();
    await referenceShown(page, 30_000);

    const sent = await census(page, (uploaded as unknown as Buffer).toString('base64'));
    // Cropped 80 px in on each side of 1280×800, right edge 26 px further in.
    expect([sent.width, sent.height]).toEqual([1280 - 160 - 26, 800 - 160]);
    // Nothing lime left: password, card, marked element (automatic) and the note (drawn).
    expect(sent.lime).toBe(0);
    // Where the panel stood, the page shows: the widget hid itself for the frame.
    expect(sent.magenta).toBeGreaterThan(300 * 500);

    const allowed = [new URL(pages.origin).host, new URL(server.url).host];
    expect(
      requests.map((url) => new URL(url).host).filter((host) => !allowed.includes(host)),
    ).toEqual([]);
    expect(
      await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
    ).toEqual([]);
    await context.close();
  }, 240_000);
});
