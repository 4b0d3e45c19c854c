import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { errorBodySchema } from '@destek/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONSOLE_DIR, resolveConsoleDir } from '../src/console/resolveConsoleDir.ts';
import { CONSOLE_CSP } from '../src/routes/consoleRoutes.ts';
import { startServer, type TestServer } from './helpers/startServer.ts';
import { testConfig } from './helpers/testConfig.ts';

const SECRET = 'top-secret-do-not-serve';
const INDEX =
  '<!doctype html><title>Destek console</title><script type="module" src="./assets/app-7KQ2M9XA.js"></script>';
let root: string;
let t: TestServer;

/** A GET whose path goes on the wire exactly as written: fetch would normalise it first. */
function rawGet(
  url: string,
  path: string,
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path, method: 'GET' }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'destek-console-test-'));
  const dist = join(root, 'dist');
  await mkdir(join(dist, 'assets'), { recursive: true });
  await writeFile(join(dist, 'index.html'), INDEX);
  await writeFile(join(dist, 'assets', 'app-7KQ2M9XA.js'), 'console.log("console")');
  await writeFile(join(dist, 'favicon.ico'), new Uint8Array([0, 0, 1, 0]));
  await writeFile(join(dist, '.env'), SECRET);
  await writeFile(join(root, 'secret.txt'), SECRET);
  await symlink(join(root, 'secret.txt'), join(dist, 'link.txt'));
  t = await startServer({ config: testConfig({ consoleDir: dist }) });
});
afterAll(async () => {
  await t.close();
  await rm(root, { recursive: true, force: true });
});

describe('the agent console at /console', () => {
  it('sends /console to /console/ so relative asset URLs resolve', async () => {
    const response = await fetch(`${t.url}/console`, { redirect: 'manual' });
    expect(response.status).toBe(308);
    expect(response.headers.get('location')).toBe('/console/');
  });

  it('serves index.html under a strict CSP, never cached', async () => {
    const response = await fetch(`${t.url}/console/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(INDEX);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONSOLE_CSP);
    expect(CONSOLE_CSP).toContain(
      "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' blob: data:; frame-ancestors 'none'",
    );
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('answers HEAD with the same headers and no body', async () => {
    const response = await fetch(`${t.url}/console/`, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONSOLE_CSP);
    expect(await response.text()).toBe('');
  });

  it('answers the app’s own routes with index.html', async () => {
    const response = await fetch(`${t.url}/console/tickets/42`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(INDEX);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('caches hashed assets for a year and other files not at all without asking', async () => {
    const script = await fetch(`${t.url}/console/assets/app-7KQ2M9XA.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(script.headers.get('content-security-policy')).toBe(CONSOLE_CSP);
    const icon = await fetch(`${t.url}/console/favicon.ico`);
    expect(icon.headers.get('cache-control')).toBe('no-cache');
  });

  it('answers a missing file with the stable 404 body', async () => {
    const response = await fetch(`${t.url}/console/assets/missing-00000000.js`);
    expect(response.status).toBe(404);
    expect(errorBodySchema.parse(await response.json()).error.code).toBe('not_found');
  });

  it.each([
    '/console/../secret.txt',
    '/console/assets/../../secret.txt',
    '/console/..%2fsecret.txt',
    '/console/%2e%2e/secret.txt',
    '/console/%2e%2e%2fsecret.txt',
    '/console/assets/..%2f..%2fsecret.txt',
    '/console/..%5csecret.txt',
    '/console/..\\secret.txt',
    '/console\\..\\secret.txt',
    '/console/%2fetc%2fpasswd',
    '/console//etc/passwd',
    '/console/link.txt',
    '/console/.env',
    '/console/%2eenv',
    '/console/index.html%00.js',
    '/console/%E0%A4%A.js',
  ])('refuses %s without leaking a byte', async (path) => {
    const response = await rawGet(t.url, path);
    expect([400, 404]).toContain(response.status);
    expect(response.body).not.toContain(SECRET);
    expect(response.body).not.toContain('root:');
    expect(errorBodySchema.safeParse(JSON.parse(response.body)).success).toBe(true);
  });

  it('answers 404 with the stable body when the folder is missing or the console is off', async () => {
    for (const consoleDir of [join(root, 'not-built'), false] as const) {
      const other = await startServer({ config: testConfig({ consoleDir }) });
      try {
        const response = await fetch(`${other.url}/console/`);
        expect(response.status).toBe(404);
        expect(errorBodySchema.parse(await response.json()).error.code).toBe('not_found');
      } finally {
        await other.close();
      }
    }
  });
});

describe('resolveConsoleDir', () => {
  it('looks for the console build next to the server package by default', () => {
    expect(DEFAULT_CONSOLE_DIR.replaceAll('\\', '/')).toMatch(/packages\/console\/dist$/);
    const found = resolveConsoleDir(undefined);
    if (found.dir === null) expect(found.note).toMatch(/^off \(no build at .*consoleDir\)$/);
    else expect(found.dir).toBe(DEFAULT_CONSOLE_DIR);
  });

  it('keeps a configured folder even before it is built, and says so', () => {
    const missing = resolveConsoleDir('/nowhere/console');
    expect(missing.dir).toBe('/nowhere/console');
    expect(missing.note).toContain('no index.html');
    expect(resolveConsoleDir(false)).toEqual({ dir: null, note: 'off (consoleDir: false)' });
  });
});
