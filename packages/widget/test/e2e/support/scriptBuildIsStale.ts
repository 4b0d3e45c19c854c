import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const PACKAGES = join(import.meta.dirname, '../../../..');
/** What `dist/script` is built from: the widget and the packages it bundles. */
const INPUTS = [
  'widget/src',
  'widget/build.mjs',
  'core/src',
  'screenshot/src',
  'adapter-http/src',
  'protocol/src',
];
export const SCRIPT_DIR = join(PACKAGES, 'widget/dist/script');

/** Newest modification time under `path` (ms), 0 when missing. */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path, { withFileTypes: true, recursive: true })) {
    if (entry.isFile())
      latest = Math.max(latest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return latest;
}

/**
 * True when `dist/script` lacks its entry files or is older than a source it
 * is built from: a test or benchmark would otherwise run yesterday's widget
 * against today's code without a word.
 */
export function scriptBuildIsStale(): boolean {
  const entries = ['destek.js', 'snippet.min.js'].map((name) => join(SCRIPT_DIR, name));
  if (!entries.every((path) => existsSync(path))) return true;
  const builtAt = Math.min(...entries.map((path) => statSync(path).mtimeMs));
  return INPUTS.some((input) => newest(join(PACKAGES, input)) > builtAt);
}
