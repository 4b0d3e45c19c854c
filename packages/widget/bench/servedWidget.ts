/**
 * The script-tag files a browser benchmark serves: `packages/widget/dist/script`
 * rebuilt only when some source is newer than it (so a fresh build is measured
 * without rebuilding under other work every time), then copied to a temporary
 * folder, because another build of dist/ during the run would swap the
 * chunks' hashed names under the page.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SCRIPT_DIR, scriptBuildIsStale } from '../test/e2e/support/scriptBuildIsStale.ts';

/** Builds the widget when stale and returns a private copy of its script-tag files. */
export function servedWidget(
  root: string,
  log: (message: string) => void,
): { dir: string; remove(): void } {
  if (scriptBuildIsStale()) {
    log('building the widget (dist is older than src)');
    const built = spawnSync(process.execPath, [join(root, 'packages/widget/build.mjs')], {
      cwd: root,
      stdio: ['ignore', 2, 2],
    });
    if (built.status !== 0) throw new Error('widget build failed');
  }
  const dir = mkdtempSync(join(tmpdir(), 'destek-bench-widget-'));
  cpSync(SCRIPT_DIR, dir, { recursive: true });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
