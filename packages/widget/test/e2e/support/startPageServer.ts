import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';

/** A page the host site serves: its HTML and any extra response headers (a CSP, say). */
export interface HostPage {
  html: string;
  headers?: Record<string, string>;
}

/** A stand-in for the site owner's web server. */
export interface PageServer {
  /** `http://127.0.0.1:PORT`, the pages' origin. */
  origin: string;
  /**
   * A second origin (another port) serving the same pages and script: a
   * cross-origin frame, or a `<base href>` that points away from the page.
   */
  otherOrigin: string;
  /** Serves `page` at `path` (from now on). */
  set(path: string, page: HostPage): void;
  /** Stops serving; the script folder is left to its owner. */
  stop(): Promise<void>;
}

const TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8' };

/**
 * Serves host pages, and the built script-tag files in `scriptDir` under
 * `/widget/`, so the widget comes from the page's own origin as a site owner
 * would host it; the same on a second origin.
 */
export async function startPageServer(scriptDir: string): Promise<PageServer> {
  const pages = new Map<string, HostPage>();
  const answer = async (request: IncomingMessage) => {
    const path = new URL(request.url ?? '/', 'http://host').pathname;
    const page = pages.get(path);
    if (page) {
      return {
        status: 200,
        headers: { 'content-type': 'text/html; charset=utf-8', ...page.headers },
        body: page.html,
      };
    }
    const file = normalize(path.replace(/^\/widget\//, ''));
    if (path.startsWith('/widget/') && !file.startsWith('..')) {
      try {
        const body = await readFile(join(scriptDir, file));
        const type = TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream';
        return { status: 200, headers: { 'content-type': type }, body };
      } catch {
        // Falls through to 404, as a real host would answer for a missing chunk.
      }
    }
    return { status: 404, headers: { 'content-type': 'text/plain' }, body: 'not found' };
  };
  const handle: RequestListener = (request, response) => {
    answer(request).then(
      ({ status, headers, body }) => {
        response.writeHead(status, { 'cache-control': 'no-store', ...headers });
        response.end(body);
      },
      () => {
        response.writeHead(500);
        response.end();
      },
    );
  };
  const [main, other] = await Promise.all([listen(handle), listen(handle)]);
  return {
    origin: main.origin,
    otherOrigin: other.origin,
    set: (path, page) => pages.set(path, page),
    stop: async () => {
      await Promise.all([main.stop(), other.stop()]);
    },
  };
}

async function listen(
  handle: RequestListener,
): Promise<{ origin: string; stop: () => Promise<void> }> {
  const server: Server = createServer(handle);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
