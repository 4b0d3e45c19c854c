#!/usr/bin/env node
// `pnpm demo`: builds the widget and the agent console, starts the reference
// server on SQLite (data in .data/demo), and serves both examples, all on 127.0.0.1:
//   http://127.0.0.1:8080   examples/script-tag (plain HTML, one script tag)
//   http://127.0.0.1:5173   examples/vite-app   (TypeScript app importing the package)
//   http://127.0.0.1:8787   the reference server (API under /v1, agent console at /console/)
// Ctrl-C stops everything.
//
// When those ports are taken (or for a test): DESTEK_DEMO_SERVER_PORT,
// DESTEK_DEMO_PAGE_PORT and DESTEK_DEMO_APP_PORT move them (the examples and the
// allowed origins follow), and DESTEK_DEMO_APP=off leaves the Vite app out.
import { spawn, spawnSync } from 'node:child_process';
import {
  createReadStream,
  existsSync,
  mkdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const host = '127.0.0.1';
const DEFAULT_PORTS = { server: 8787, page: 8080, app: 5173 };
const ports = {
  server: portFrom('DESTEK_DEMO_SERVER_PORT', DEFAULT_PORTS.server),
  page: portFrom('DESTEK_DEMO_PAGE_PORT', DEFAULT_PORTS.page),
  app: portFrom('DESTEK_DEMO_APP_PORT', DEFAULT_PORTS.app),
};
const withApp = process.env.DESTEK_DEMO_APP !== 'off';
const demoConfig = join(root, 'packages/server/demo/destek.config.json');
const dataDir = join(root, '.data/demo');
// The examples are written for the default server address; moved, they are pointed at the new one.
const defaultServerUrl = `http://${host}:${DEFAULT_PORTS.server}`;
const serverUrl = `http://${host}:${ports.server}`;

/** A port from the environment, or the default; anything but a port number stops the demo. */
function portFrom(name, fallback) {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    console.error(`${name} should be a port number (1-65535), not "${value}"`);
    process.exit(1);
  }
  return port;
}

/**
 * The demo config, or, when the pages moved to other ports, a copy in the data
 * folder whose site also allows those origins (the server refuses any other).
 */
function configFor(dir) {
  if (ports.page === DEFAULT_PORTS.page && ports.app === DEFAULT_PORTS.app) return demoConfig;
  const config = JSON.parse(readFileSync(demoConfig, 'utf8'));
  const moved = [ports.page, ports.app].flatMap((port) => [
    `http://localhost:${port}`,
    `http://${host}:${port}`,
  ]);
  for (const site of config.sites) {
    site.allowedOrigins = [...new Set([...site.allowedOrigins, ...moved])];
  }
  const path = join(dir, 'destek.config.json');
  writeFileSync(path, `${JSON.stringify(config, null, 2)}\n`);
  return path;
}

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
const config = configFor(dataDir);

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
  const type = TYPES[extname(path)] ?? 'application/octet-stream';
  if (extname(path) === '.html') {
    res.writeHead(200, { 'content-type': type });
    res.end(readFileSync(path, 'utf8').replaceAll(defaultServerUrl, serverUrl));
    return;
  }
  res.writeHead(200, { 'content-type': type });
  createReadStream(path).pipe(res);
});
page.listen(ports.page, host);

const vite = withApp ? await startApp() : null;

async function startApp() {
  const { createServer: createVite } = await import('vite');
  const app = await createVite({
    root: join(root, 'examples/vite-app'),
    server: { host, port: ports.app, strictPort: true },
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    logLevel: 'warn',
    plugins: [
      {
        name: 'destek-demo-server-url',
        transform: (code, id) =>
          id.startsWith(join(root, 'examples/vite-app/src'))
            ? code.replaceAll(defaultServerUrl, serverUrl)
            : null,
      },
    ],
  });
  await app.listen();
  return app;
}

const appLine = withApp ? `\n  npm (vite) example  http://${host}:${ports.app}/` : '';
console.log(`
Destek demo
  script-tag example  http://${host}:${ports.page}/${appLine}
  reference server    http://${host}:${ports.server}/v1/status   (data: ${dataDir})
  site key            pk_demo_destek_local
  agent console       http://${host}:${ports.server}/console/   (see docs/console.md)
  agent token         agent_demo_token_change_me_0123456789   (console sign-in and agent API)
Press Ctrl-C to stop.
`);

const stop = async () => {
  server.kill('SIGTERM');
  page.close();
  await vite?.close();
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
