import { readFile } from 'node:fs/promises';
import type { Hono } from 'hono';
import { type ConsoleFile, consoleFile } from '../console/consoleFile.ts';
import { ApiError } from '../http/ApiError.ts';
import type { AppEnv, ServerContext } from '../ServerContext.ts';

/**
 * The console's own origin and nothing else: no inline script or style, no
 * framing (clickjacking an agent's session), API calls to this server only.
 * `base-uri` and `form-action` are not covered by `default-src`, hence named.
 */
export const CONSOLE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' blob: data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/** Hashed build output lives under `assets/`: its names change with its content. */
const IMMUTABLE = /^assets\//;

function headersFor(file: ConsoleFile, rest: string, isIndex: boolean): Record<string, string> {
  return {
    'content-type': file.type,
    'content-length': String(file.size),
    'content-security-policy': CONSOLE_CSP,
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    // The page names the current assets: it must never be stale. Assets never change.
    'cache-control': isIndex
      ? 'no-store'
      : IMMUTABLE.test(rest)
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
  };
}

/**
 * `GET /console/` and its files, from `ctx.consoleDir`. A path of plain words
 * (`/console/tickets/42`) is one of the app's own routes and gets `index.html`; a missing
 * file, a refused path or a console that is off answer the usual 404 body.
 */
export function consoleRoutes(app: Hono<AppEnv>, ctx: ServerContext): void {
  const missing = () => new ApiError('not_found', 'No such console file');

  // Relative asset URLs in index.html resolve against `/console/`, not `/`.
  app.get(
    '/console',
    () => new Response(null, { status: 308, headers: { location: '/console/' } }),
  );
  app.get('/console/*', async (c) => {
    const root = ctx.consoleDir;
    if (root === null) throw new ApiError('not_found', 'The agent console is not installed');
    const rest = new URL(c.req.url).pathname.slice('/console/'.length);
    // The app's routes are plain words (`tickets/42`); anything else must be a real file.
    const isRoute = rest === '' || /^[A-Za-z0-9_-]+(?:\/[A-Za-z0-9_-]+)*\/?$/.test(rest);
    const file = await consoleFile(root, isRoute ? 'index.html' : rest);
    if (!file) throw missing();
    let body: Buffer;
    try {
      body = await readFile(file.path);
    } catch {
      throw missing();
    }
    return new Response(new Uint8Array(body), {
      status: 200,
      headers: headersFor(file, rest, isRoute || rest === 'index.html'),
    });
  });
}
