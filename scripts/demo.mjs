#!/usr/bin/env node
// `pnpm demo`: builds the widget and the agent console, starts the reference
// server on SQLite (data in .data/demo), and serves both examples, all on 127.0.0.1:
//   http://127.0.0.1:8080   examples/script-tag (plain HTML, one script tag)
//   http://127.0.0.1:5173   examples/vite-app   (TypeScript app importing the package)
//   http://127.0.0.1:8787   the reference server (API under /v1, agent console at /console/)
// Ctrl-C stops everything.
import { spawn, spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const host = '127.0.0.1';
const ports = { server: 8787, page: 8080, app: 5173 };
const config = join(root, 'packages/server/demo/destek.config.json');
const dataDir = join(root, '.data/demo');

const built = spawnSync(
  'pnpm',
  ['--filter', '@destek/widget', '--filter', '@destek/console', 'build'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
if (built.status !== 0) process.exit(built.status ?? 1);
mkdirSync(dataDir, { recursive: true });

const server = spawn(
  process.execPath,
  [
    join(root, 'packages/server/bin/destek-server.js'),
    '--host',
    host,
    '--port',
    String(ports.server),
    '--data-dir',
    dataDir,
    '--config',
    config,
  ],
  { cwd: root, stdio: 'inherit' },
);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

/** Serves `dir` under `prefix`, refusing anything outside it. */
function staticFile(prefix, dir, url) {
  if (!url.startsWith(prefix)) return null;
  const relative = decodeURIComponent(url.slice(prefix.length).split('?')[0] || 'index.html');
  const path = normalize(join(dir, relative));
  if (!path.startsWith(dir + sep) || !existsSync(path) || !statSync(path).isFile()) return null;
  return path;
}

const page = createServer((req, res) => {
  const url = req.url ?? '/';
  const path =
    staticFile('/widget/', join(root, 'packages/widget/dist/script'), url) ??
    staticFile('/', join(root, 'examples/script-tag'), url);
  if (!path) {
    res.writeHead(404).end('not found');
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
  createReadStream(path).pipe(res);
});
page.listen(ports.page, host);

const { createServer: createVite } = await import('vite');
const vite = await createVite({
  root: join(root, 'examples/vite-app'),
  server: { host, port: ports.app, strictPort: true },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  logLevel: 'warn',
});
await vite.listen();

console.log(`
Destek demo
  script-tag example  http://${host}:${ports.page}/
  npm (vite) example  http://${host}:${ports.app}/
  reference server    http://${host}:${ports.server}/v1/status   (data: ${dataDir})
  site key            pk_demo_destek_local
  agent console       http://${host}:${ports.server}/console/   (see docs/console.md)
  agent token         agent_demo_token_change_me_0123456789   (console sign-in and agent API)
Press Ctrl-C to stop.
`);

const stop = async () => {
  server.kill('SIGTERM');
  page.close();
  await vite.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.on('exit', (code) => {
  if (code !== 0 && code !== null) {
    console.error(`destek-server exited with ${code}`);
    process.exit(code);
  }
});
