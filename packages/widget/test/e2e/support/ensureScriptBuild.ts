import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, open, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import { SCRIPT_DIR, scriptBuildIsStale } from './scriptBuildIsStale.ts';

const WIDGET_DIR = join(import.meta.dirname, '../../..');
// Test files run in parallel workers and only one may build: build.mjs empties
// dist/ first. The lock lives outside dist/ for the same reason.
const LOCK = join(
  tmpdir(),
  `destek-widget-build-${createHash('sha256').update(WIDGET_DIR).digest('hex').slice(0, 12)}.lock`,
);
const BUILD_LIMIT_MS = 180_000;

/**
 * The script-tag files (destek.js, its chunks, snippet.min.js), built when
 * missing or older than their sources, copied to a temp folder whose path is returned. The copy keeps a
 * test on one consistent build: `build.mjs` empties dist/ first and renames
 * chunks by hash, so a rebuild during a run would otherwise pull files away.
 */
export async function ensureScriptBuild(): Promise<string> {
  const deadline = Date.now() + BUILD_LIMIT_MS;
  while (!built()) {
    if (await buildUnderLock()) break;
    if (Date.now() > deadline) throw new Error('Timed out waiting for another worker to build');
    await sleep(250);
  }
  const copy = await mkdtemp(join(tmpdir(), 'destek-widget-script-'));
  await cp(SCRIPT_DIR, copy, { recursive: true });
  return copy;
}

const built = () => !scriptBuildIsStale();

/** Builds while holding the lock; false when another worker holds it (then wait and look again). */
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
    if (!built()) await build();
  } finally {
    await rm(LOCK, { force: true });
  }
  return true;
}

async function build(): Promise<void> {
  const child = spawn(process.execPath, [join(WIDGET_DIR, 'build.mjs')], {
    cwd: WIDGET_DIR,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  const code = await new Promise<number | null>((done) => child.once('exit', done));
  if (code !== 0) throw new Error(`Building the widget failed (${code}):\n${output}`);
}
