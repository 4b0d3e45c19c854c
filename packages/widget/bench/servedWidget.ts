/**
 * The script-tag files a browser benchmark serves: `packages/widget/dist/script`
 * rebuilt only when some source is newer than it (so a fresh build is measured
 * without rebuilding under other work every time), then copied to a temporary
 * folder, because another build of dist/ during the run would swap the
 * chunks' hashed names under the page.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Newest modification time under `dir` (ms), 0 when missing. */
function newest(dir: string): number {
  let latest = 0;
  try {
    for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
      if (entry.isFile())
        latest = Math.max(latest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
    }
  } catch {
    // A missing folder counts as never built.
  }
  return latest;
}

/** Builds the widget when stale and returns a private copy of its script-tag files. */
export function servedWidget(
  root: string,
  log: (message: string) => void,
): { dir: string; remove(): void } {
  const widgetDir = join(root, 'packages/widget/dist/script');
  const sources = ['widget', 'core', 'screenshot', 'adapter-http', 'protocol'].map((p) =>
    newest(join(root, 'packages', p, 'src')),
  );
  if (newest(widgetDir) < Math.max(...sources)) {
    log('building the widget (dist is older than src)');
    const built = spawnSync(process.execPath, [join(root, 'packages/widget/build.mjs')], {
      cwd: root,
      stdio: ['ignore', 2, 2],
    });
    if (built.status !== 0) throw new Error('widget build failed');
  }
  const dir = mkdtempSync(join(tmpdir(), 'destek-bench-widget-'));
  cpSync(widgetDir, dir, { recursive: true });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
