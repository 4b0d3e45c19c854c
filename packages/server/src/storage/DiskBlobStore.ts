import { constants } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { BlobStore } from './BlobStore.ts';

const KEY_PATTERN = /^[0-9a-f]{2}\/[0-9a-f-]{36}$/;

/**
 * Blobs as files under `<root>/<first two hex chars>/<id>`. Each write goes to
 * `<root>/tmp`, is fsynced, renamed into place, and the folder is fsynced so
 * the rename itself survives a power cut.
 */
export class DiskBlobStore implements BlobStore {
  readonly root: string;

  constructor(root: string) {
    this.root = root;
  }

  async put(id: string, bytes: Uint8Array): Promise<string> {
    const key = `${id.slice(0, 2)}/${id}`;
    if (!KEY_PATTERN.test(key)) throw new Error('Blob ids are UUIDs');
    const tmpDir = join(this.root, 'tmp');
    const dir = join(this.root, id.slice(0, 2));
    await mkdir(tmpDir, { recursive: true });
    await mkdir(dir, { recursive: true });
    const tmp = join(tmpDir, id);
    const handle = await open(tmp, 'w', 0o600);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, join(this.root, key));
    await syncDir(dir);
    return key;
  }

  async get(key: string): Promise<Uint8Array | null> {
    if (!KEY_PATTERN.test(key)) return null;
    try {
      return await readFile(join(this.root, key));
    } catch {
      return null;
    }
  }

  async has(key: string): Promise<boolean> {
    if (!KEY_PATTERN.test(key)) return false;
    try {
      return (await stat(join(this.root, key))).isFile();
    } catch {
      return false;
    }
  }

  async keys(): Promise<string[]> {
    const out: string[] = [];
    let dirs: string[];
    try {
      dirs = await readdir(this.root);
    } catch {
      return out;
    }
    for (const dir of dirs) {
      if (!/^[0-9a-f]{2}$/.test(dir)) continue;
      for (const file of await readdir(join(this.root, dir))) out.push(`${dir}/${file}`);
    }
    return out;
  }

  async delete(key: string): Promise<void> {
    if (KEY_PATTERN.test(key)) await rm(join(this.root, key), { force: true });
  }

  async writtenAt(key: string): Promise<number | null> {
    if (!KEY_PATTERN.test(key)) return null;
    try {
      return (await stat(join(this.root, key))).mtimeMs;
    } catch {
      return null;
    }
  }

  /** Removes temp files left by a crash mid-write. */
  async clearTemp(): Promise<void> {
    await rm(join(this.root, 'tmp'), { recursive: true, force: true });
  }
}

async function syncDir(path: string): Promise<void> {
  const handle = await open(path, constants.O_RDONLY);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
