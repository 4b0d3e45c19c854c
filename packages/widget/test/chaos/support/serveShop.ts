import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';
import { shopPage } from '../../e2e/support/shopPage.ts';

/** The site the user visits: one page with the widget's script tag. */
export interface Shop {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** The page's address. */
  url: string;
  /** Points the page's script tag at `serverUrl` (a new reference server). */
  useServer(serverUrl: string, siteKey: string): void;
  stop(): Promise<void>;
}

/**
 * Serves the shop page and the built script-tag files under `/widget/`, with
 * the caching a site owner would set (an hour), so each trial's page loads
 * the widget as a returning visitor's browser does rather than re-fetching
 * every chunk. (The e2e page server sends `no-store`, right for its tests.)
 */
export async function serveShop(scriptDir: string): Promise<Shop> {
  let html = '';
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://host').pathname;
    if (path === '/') {
      response.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
      });
      response.end(html);
      return;
    }
    const file = normalize(path.replace(/^\/widget\//, ''));
    if (!path.startsWith('/widget/') || file.startsWith('..')) {
      response.writeHead(404).end();
      return;
    }
    readFile(join(scriptDir, file)).then(
      (body) => {
        const type = file.endsWith('.js')
          ? 'text/javascript; charset=utf-8'
          : 'application/octet-stream';
        response.writeHead(200, { 'content-type': type, 'cache-control': 'max-age=3600' });
        response.end(body);
      },
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: `${origin}/`,
    useServer(serverUrl, siteKey) {
      html = shopPage(serverUrl, { siteKey });
    },
    stop: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
