import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const SERVER_SITE_KEY = 'pk_adapter_http_test';
export const AGENT_TOKEN = 'agent-token-adapter-http-0123456789abcdef';
const AGENT_ID = '5d3f1e2a-7b4c-4d5e-8f60-718293a4b5c6';
// The CLI a site owner runs, found through the package (a devDependency), not a path into it.
const CLI = join(
  dirname(createRequire(import.meta.url).resolve('@destek/server/package.json')),
  'bin/destek-server.js',
);

/** The reference server running as its own process, with a real SQLite file in a temp folder. */
export interface ServerProcess {
  url: string;
  port: number;
  /** Holds the config and the server's `data/` folder. */
  dataDir: string;
  child: ChildProcess;
  /** Ends the process (SIGTERM, or SIGKILL for a crash) and keeps the data. */
  kill(signal?: 'SIGTERM' | 'SIGKILL'): Promise<void>;
  /** Ends the process and deletes the temp folder. */
  stop(): Promise<void>;
}

const CONFIG = {
  sites: [
    {
      key: SERVER_SITE_KEY,
      name: 'Adapter tests',
      allowedOrigins: [],
      secret: 'adapter-http-site-secret-0123456789',
    },
  ],
  agents: [{ id: AGENT_ID, name: 'Aylin', token: AGENT_TOKEN }],
  heartbeatMs: 1000,
  // The conformance suite sends many reports from one visitor within a minute.
  rateLimits: {
    perIp: { limit: 100_000, windowSec: 60 },
    perVisitor: { limit: 100_000, windowSec: 60 },
    sessionsPerIp: { limit: 100_000, windowSec: 60 },
    reportsPerVisitor: { limit: 100_000, windowSec: 60 },
  },
};

/**
 * Starts `destek-server` and resolves once it prints where it listens: on a
 * free port in a new temp folder, or again on `again`'s port and data (a restart).
 */
export async function startServerProcess(again?: {
  port: number;
  dataDir: string;
}): Promise<ServerProcess> {
  const dataDir = again?.dataDir ?? (await mkdtemp(join(tmpdir(), 'destek-adapter-http-')));
  const configPath = join(dataDir, 'config.json');
  if (!again) await writeFile(configPath, JSON.stringify(CONFIG));
  const port = String(again?.port ?? 0);
  const args = [
    '--port',
    port,
    '--host',
    '127.0.0.1',
    '--data-dir',
    join(dataDir, 'data'),
    '--config',
    configPath,
  ];
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
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
    child.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`The server exited with ${code}:\n${output}`));
    });
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
    kill,
    async stop() {
      await kill();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
