import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { newId } from '@destek/protocol';
import Database from 'better-sqlite3';
import { postReport, report, session, upload } from './api.ts';
import { png } from './images.ts';

const CHILD = new URL('./crashChild.ts', import.meta.url).pathname;

/** What the crash cycles found. */
export interface CrashResult {
  cycles: number;
  acknowledged: number;
  missing: string[];
  integrity: string[];
  orphanRows: number;
  ms: number;
}

/** A server process with its modules loaded, waiting for its data folder. */
interface WarmChild {
  child: ChildProcess;
  warm: Promise<void>;
  url: Promise<string>;
}

function spawnChild(): WarmChild {
  const child = spawn(process.execPath, [CHILD], { stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  let onWarm = () => {};
  let onUrl = (_url: string) => {};
  let onFail = (_error: Error) => {};
  const warm = new Promise<void>((resolve) => {
    onWarm = resolve;
  });
  const url = new Promise<string>((resolve, reject) => {
    onUrl = resolve;
    onFail = reject;
  });
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    for (const line of out.split('\n')) {
      if (line === 'warm') onWarm();
      else if (line.startsWith('{')) onUrl((JSON.parse(line) as { url: string }).url);
    }
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    err += chunk.toString();
  });
  child.once('exit', (code, signal) =>
    onFail(new Error(`server exited (${code ?? signal}) before listening: ${err}`)),
  );
  url.catch(() => {});
  return { child, warm, url };
}

function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

/**
 * Starts a server process on `dataDir`, fires concurrent reports (some with
 * an image) at it, kills it with SIGKILL at a random moment, and repeats.
 * Afterwards the database must hold every report that was acknowledged,
 * pass `PRAGMA integrity_check`, and have a file for every attachment row.
 */
export async function runCrashCycles(options: {
  cycles: number;
  dataDir: string;
  concurrency?: number;
}): Promise<CrashResult> {
  const started = performance.now();
  const acknowledged = new Map<string, string>();
  const image = await png(120, 80);
  const concurrency = options.concurrency ?? 4;
  let next = spawnChild();
  for (let cycle = 0; cycle < options.cycles; cycle += 1) {
    const current = next;
    await current.warm;
    // The previous process is dead: this one opens the database after the crash.
    current.child.stdin?.write(`${options.dataDir}\n`);
    const url = await current.url;
    const child = current.child;
    if (cycle + 1 < options.cycles) next = spawnChild();
    let stop = false;
    let acksThisCycle = 0;
    const writers = Array.from({ length: concurrency }, async (_, w) => {
      try {
        const token = await session(url);
        while (!stop) {
          const attachments = [];
          if (w === 0) {
            const uploaded = await upload(url, token, image, 'shot.png');
            if (uploaded.status === 201) attachments.push(uploaded.body);
          }
          const result = await postReport(url, token, report({ attachments }), newId());
          if (result.status === 201) {
            acknowledged.set(result.body.id, result.body.reference);
            acksThisCycle += 1;
          }
        }
      } catch {
        // The connection died with the server: that request was not acknowledged.
      }
    });
    // Kill once writes are flowing (first ack), at a random moment after it.
    const deadline = performance.now() + 5000;
    while (acksThisCycle === 0 && performance.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 5));
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 60));
    await killed(child);
    stop = true;
    await Promise.all(writers);
  }
  const db = new Database(join(options.dataDir, 'destek.sqlite'));
  try {
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map(
      (r) => r.integrity_check,
    );
    const has = db.prepare('SELECT reference FROM tickets WHERE id = ?');
    const missing = [...acknowledged]
      .filter(([id, ref]) => (has.get(id) as { reference: string } | undefined)?.reference !== ref)
      .map(([id]) => id);
    const blobKeys = (
      db.prepare('SELECT blob_key FROM attachments').all() as { blob_key: string }[]
    ).map((r) => r.blob_key);
    const orphanRows = blobKeys.filter(
      (key) => !existsSync(join(options.dataDir, 'blobs', key)),
    ).length;
    return {
      cycles: options.cycles,
      acknowledged: acknowledged.size,
      missing,
      integrity,
      orphanRows,
      ms: Math.round(performance.now() - started),
    };
  } finally {
    db.close();
  }
}
