/**
 * The host page of the host-cost benchmark: an article with a header, ten
 * paragraphs, four figures drawn here as SVG (fixed width and height, so the
 * page itself never shifts) and a footer, served with the widget's built
 * files by a node:http server on 127.0.0.1.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const PARAGRAPH =
  'Card and bank deposits usually appear within minutes. When a payment is declined, the bank ' +
  'answers with a short code such as PMT-105; the money may still show as pending in the banking ' +
  'app for a few hours before it is released. Withdrawals are checked before they are paid out, ' +
  'and most are sent within a working day, once the account is verified and the IBAN or card is ' +
  'in the holder’s own name. One-time codes depend on the device clock being right.';

/** One figure: gradients and shapes, about 1 KB, drawn without any image file. */
function figureSvg(index: number): string {
  const hue = (index * 67) % 360;
  const bars = Array.from({ length: 12 }, (_, i) => {
    const height = 40 + ((i * 37 + index * 11) % 140);
    return `<rect x="${30 + i * 55}" y="${300 - height}" width="36" height="${height}" rx="4" fill="hsl(${(hue + i * 9) % 360} 60% 45%)"/>`;
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="720" height="340" viewBox="0 0 720 340"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue} 70% 92%)"/><stop offset="1" stop-color="hsl(${(hue + 40) % 360} 70% 80%)"/></linearGradient></defs><rect width="720" height="340" fill="url(#g)"/><circle cx="620" cy="70" r="42" fill="hsl(${hue} 80% 60%)" opacity=".6"/>${bars}</svg>`;
}

/** The article's HTML; `scriptTag` is the widget's tag, or '' for the page without it. */
export function articleHtml(scriptTag: string): string {
  const sections = Array.from({ length: 10 }, (_, i) => {
    const figure =
      i % 3 === 0
        ? `<figure><img src="/img/${i}.svg" width="720" height="340" alt="Chart ${i}"><figcaption>Figure ${i}: deposits by hour</figcaption></figure>`
        : '';
    return `<h2>Section ${i + 1}</h2><p>${PARAGRAPH}</p><p>${PARAGRAPH.split('. ').reverse().join('. ')}</p>${figure}`;
  }).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>When will my deposit arrive? | Example Bank Help</title>
${scriptTag}
<style>
body{margin:0;font:17px/1.6 Georgia,serif;color:#222;background:#fafafa}
header,footer{background:#123;color:#fff;padding:12px 24px}
nav a{color:#cde;margin-right:16px}
main{max-width:760px;margin:0 auto;padding:24px}
img{max-width:100%;height:auto;display:block}
figure{margin:24px 0}figcaption{font-size:14px;color:#666}
</style></head>
<body><header><strong>Example Bank</strong><nav><a href="#">Accounts</a><a href="#">Cards</a><a href="#">Help</a></nav></header>
<main><h1>When will my deposit arrive?</h1>
${sections}
</main><footer>© Example Bank</footer></body></html>`;
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.html': 'text/html; charset=utf-8',
};

/**
 * Serves `/` (with the widget), `/plain` (without), `/img/N.svg` and the
 * widget's files under `/widget/` from `widgetDir`. `scriptTag(origin, query)`
 * gives the tag once the port is known; the query of `/` lets one server put
 * different scripts on the same page (the peers benchmark: `/?peer=sentry`).
 */
export async function serveHostPage(
  widgetDir: string,
  scriptTag: (origin: string, query: URLSearchParams) => string,
): Promise<{ origin: string; server: Server }> {
  let origin = '';
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = url.pathname;
    const send = (status: number, type: string, body: string | Buffer) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'max-age=3600' });
      res.end(body);
    };
    if (path === '/')
      return send(200, TYPES['.html'] ?? '', articleHtml(scriptTag(origin, url.searchParams)));
    if (path === '/plain') return send(200, TYPES['.html'] ?? '', articleHtml(''));
    const image = /^\/img\/(\d+)\.svg$/.exec(path);
    if (image) return send(200, TYPES['.svg'] ?? '', figureSvg(Number(image[1])));
    if (path.startsWith('/widget/')) {
      const file = normalize(path.slice('/widget/'.length));
      if (!file.startsWith('..')) {
        try {
          const body = readFileSync(join(widgetDir, file));
          return send(200, TYPES[extname(file)] ?? 'application/octet-stream', body);
        } catch {
          // Falls through to 404.
        }
      }
    }
    send(404, 'text/plain', 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  origin = `http://127.0.0.1:${address.port}`;
  return { origin, server };
}
