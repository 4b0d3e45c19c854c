import { realpath, stat } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';

/** Content types of what a console build holds; anything else is not served. */
const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** A file found inside the console folder. */
export interface ConsoleFile {
  path: string;
  type: string;
  size: number;
}

/**
 * Maps the part of a URL after `/console/` to a file inside `root`, or null.
 * Each segment is decoded on its own and refused when it is empty, `.`/`..`,
 * hidden (`.env`), or holds a slash, a backslash or a NUL once decoded; the
 * real path (symlinks followed) must still be inside the real root. URLs are
 * already normalised before they get here; this is the second lock.
 */
export async function consoleFile(root: string, rest: string): Promise<ConsoleFile | null> {
  const segments: string[] = [];
  for (const raw of rest.split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '' || segment.startsWith('.') || /[/\\\0]/.test(segment)) return null;
    segments.push(segment);
  }
  const type = TYPES[extname(segments.at(-1) ?? '').toLowerCase()];
  if (type === undefined) return null;
  try {
    const realRoot = await realpath(root);
    const path = await realpath(join(realRoot, ...segments));
    if (!path.startsWith(realRoot + sep)) return null;
    const info = await stat(path);
    return info.isFile() ? { path, type, size: info.size } : null;
  } catch {
    return null;
  }
}
