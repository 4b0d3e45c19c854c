import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { cp, mkdtemp, open, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const CONSOLE_DIR = join(import.meta.dirname, '../..');
export const DIST_DIR = join(CONSOLE_DIR, 'dist');
// One builder at a time: build.mjs empties dist/ first. The lock lives outside dist/.
const LOCK = join(
  tmpdir(),
  `destek-console-build-${createHash('sha256').update(CONSOLE_DIR).digest('hex').slice(0, 12)}.lock`,
);
const BUILD_LIMIT_MS = 180_000;

/** The newest modification time among the build's inputs. */
function newestInput(): number {
  let newest = 0;
  const visit = (path: string) => {
    const info = statSync(path);
    if (info.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
    else newest = Math.max(newest, info.mtimeMs);
  };
  for (const name of ['src', 'index.html', 'build.mjs']) visit(join(CONSOLE_DIR, name));
  return newest;
}

/** True when dist/ exists and is newer than every source file. */
function fresh(): boolean {
  const index = join(DIST_DIR, 'index.html');
  return existsSync(index) && statSync(index).mtimeMs >= newestInput();
}

/**
 * The console's built files, rebuilt when missing or older than the sources,
 * copied to a temp folder whose path is returned: a rebuild during the run
 * (hashed names change) cannot pull files away from the page under test.
 */
export async function ensureConsoleBuild(): Promise<string> {
  const deadline = Date.now() + BUILD_LIMIT_MS;
  while (!fresh()) {
    if (await buildUnderLock()) break;
    if (Date.now() > deadline) throw new Error('Timed out waiting for another worker to build');
    await sleep(250);
  }
  const copy = await mkdtemp(join(tmpdir(), 'destek-console-dist-'));
  await cp(DIST_DIR, copy, { recursive: true });
  return copy;
}

async function buildUnderLock(): Promise<boolean> {
  try {
    await (await open(LOCK, 'wx')).close();
  } catch {
    // A lock left by a crashed run is older than any build takes.
    const age = await stat(LOCK).then(
      (found) => Date.now() - found.mtimeMs,
      () => 0,
    );
    if (age > BUILD_LIMIT_MS) await rm(LOCK, { force: true });
    return false;
  }
  try {
    if (!fresh()) await build();
  } finally {
    await rm(LOCK, { force: true });
  }
  return true;
}

async function build(): Promise<void> {
  const child = spawn(process.execPath, [join(CONSOLE_DIR, 'build.mjs')], {
    cwd: CONSOLE_DIR,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString('utf8');
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const code = await new Promise<number | null>((done) => child.once('exit', done));
  if (code !== 0) throw new Error(`Building the console failed (${code}):\n${output}`);
}
