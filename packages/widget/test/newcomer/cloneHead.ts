import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/** A clone in a temp folder of its own. */
export interface Clone {
  dir: string;
  /** Deletes the clone and its temp folder. */
  remove(): Promise<void>;
}

/**
 * A clean clone of `repository`'s committed HEAD, as a newcomer gets it: no
 * build output, no node_modules, no uncommitted work.
 */
export async function cloneHead(repository: string): Promise<Clone> {
  const folder = await mkdtemp(join(tmpdir(), 'destek-newcomer-'));
  const dir = join(folder, 'destek');
  const remove = () => rm(folder, { recursive: true, force: true });
  try {
    await promisify(execFile)('git', ['clone', '-q', repository, dir]);
  } catch (error) {
    await remove();
    throw error;
  }
  return { dir, remove };
}
