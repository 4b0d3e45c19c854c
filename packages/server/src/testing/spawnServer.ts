import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** `destek-server` running as its own process, as a site owner runs it, for tests and benchmarks. */
export interface ServerProcess {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  url: string;
  port: number;
  /** Holds `config.json` and the server's `data/` folder (the SQLite file, blobs). */
  dataDir: string;
  child: ChildProcess;
  /** Everything the process printed so far (for a failing test's message). */
  output(): string;
  /** Ends the process (SIGTERM, or SIGKILL for a crash) and keeps the data. */
  kill(signal?: 'SIGTERM' | 'SIGKILL'): Promise<void>;
  /** Ends the process and deletes the temp folder. */
  stop(): Promise<void>;
}

export interface SpawnServerOptions {
  /** The server config (as in `config.json`); written to the data folder. */
  config: unknown;
  /** Restart on the port and data of an earlier process instead of a new temp folder. */
  again?: { port: number; dataDir: string };
  /** Prefix of the temp folder's name. @default 'destek-server-' */
  tempPrefix?: string;
  /** Extra environment variables (`DESTEK_*`). */
  env?: Record<string, string>;
}

// The CLI itself, so tests cover what a site owner starts, not a library call.
const CLI = join(import.meta.dirname, '../../bin/destek-server.js');

/**
 * Starts the reference server on 127.0.0.1 (a free port unless restarting)
 * with a real SQLite file in a temp folder, and resolves once it says where
 * it listens. Rejects with everything it printed when it exits or does not
 * start within 20 s.
 */
export async function spawnServer(options: SpawnServerOptions): Promise<ServerProcess> {
  const { again } = options;
  const dataDir =
    again?.dataDir ?? (await mkdtemp(join(tmpdir(), options.tempPrefix ?? 'destek-server-')));
  const configPath = join(dataDir, 'config.json');
  if (!again) await writeFile(configPath, JSON.stringify(options.config));
  const args = [
    ...['--host', '127.0.0.1', '--port', String(again?.port ?? 0)],
    ...['--data-dir', join(dataDir, 'data'), '--config', configPath],
  ];
  const child = spawn(process.execPath, [CLI, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...options.env },
  });
  let output = '';
  const url = await new Promise<string>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`The server did not start:\n${output}`)), 20_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const found = /listening on (http:\/\/\S+)/.exec(output);
      if (found?.[1]) {
        clearTimeout(timer);
        done(found[1].replace(/\/$/, ''));
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`The server exited with ${code}:\n${output}`));
    });
  }).catch(async (error: unknown) => {
    child.kill('SIGKILL');
    if (!again) await rm(dataDir, { recursive: true, force: true });
    throw error;
  });
  const kill = async (signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM') => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((done) => child.once('exit', done));
    child.kill(signal);
    await exited;
  };
  return {
    url,
    port: Number(new URL(url).port),
    dataDir,
    child,
    output: () => output,
    kill,
    async stop() {
      await kill();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
