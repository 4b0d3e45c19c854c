import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the console's files are served from, and why; `dir` is null when it is off. */
export interface ConsoleLocation {
  dir: string | null;
  /** One line for the startup log. */
  note: string;
}

/**
 * The console build next to this package: `packages/console/dist` in the
 * monorepo (and `node_modules/@destek/console/dist` beside an installed
 * server, which has the same layout). Found by path, not by importing the
 * console package: the server never runs its code, it only serves its files.
 */
export const DEFAULT_CONSOLE_DIR = fileURLToPath(new URL('../../../console/dist', import.meta.url));

/**
 * Decides where `/console/` comes from: the configured `consoleDir` (kept even
 * when missing, so a build that appears later is served), `false` for off, or
 * by default the build next to this package when it has an `index.html`.
 */
export function resolveConsoleDir(setting: string | false | undefined): ConsoleLocation {
  if (setting === false) return { dir: null, note: 'off (consoleDir: false)' };
  if (setting !== undefined) {
    const ready = existsSync(join(setting, 'index.html'));
    return {
      dir: setting,
      note: ready ? setting : `${setting} (no index.html there yet: /console answers 404)`,
    };
  }
  if (existsSync(join(DEFAULT_CONSOLE_DIR, 'index.html')))
    return { dir: DEFAULT_CONSOLE_DIR, note: DEFAULT_CONSOLE_DIR };
  return {
    dir: null,
    note: `off (no build at ${DEFAULT_CONSOLE_DIR}; run "pnpm --filter @destek/console build" or set consoleDir)`,
  };
}
