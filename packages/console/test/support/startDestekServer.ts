import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SITE_KEY = 'pk_console_e2e';
export const AGENT_TOKEN = 'agent-token-console-e2e-0123456789abcdef';
export const AGENT = { id: '3c9e1f2a-4b5d-4e6f-8a7b-9c0d1e2f3a4b', name: 'Aylin' };

// The CLI an operator runs, from the workspace (the console does not depend on the server).
const CLI = join(import.meta.dirname, '../../../server/bin/destek-server.js');

/** The reference server as its own process, on a real SQLite file in a temp folder. */
export interface DestekServer {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  url: string;
  child: ChildProcess;
  /** Ends the process and deletes its temp folder. */
  stop(): Promise<void>;
}

/** Ready answers the agent is offered, one for every language and one in English. */
export const CANNED = [
  { id: 'greeting', title: 'Greeting', text: 'Hello! Thanks for waiting, I am on it.' },
  {
    id: 'deposit-delay',
    title: 'Card deposit delay',
    text: 'Card deposits can take up to 15 minutes to show.',
    locale: 'en',
  },
];

/**
 * Starts `destek-server` on a free port, serving the console from
 * `consoleDir`: always open (no business hours), one agent, canned answers,
 * rate limits out of the way, a fast heartbeat.
 */
export async function startDestekServer(consoleDir: string): Promise<DestekServer> {
  const dir = await mkdtemp(join(tmpdir(), 'destek-console-e2e-'));
  const configPath = join(dir, 'config.json');
  const generous = { limit: 100_000, windowSec: 60 };
  await writeFile(
    configPath,
    JSON.stringify({
      sites: [{ key: SITE_KEY, name: 'Console end-to-end tests', allowedOrigins: [] }],
      agents: [{ ...AGENT, token: AGENT_TOKEN }],
      cannedResponses: CANNED,
      consoleDir,
      heartbeatMs: 2000,
      rateLimits: {
        perIp: generous,
        perVisitor: generous,
        sessionsPerIp: generous,
        reportsPerVisitor: generous,
      },
    }),
  );
  const args = ['--host', '127.0.0.1', '--port', '0', '--data-dir', join(dir, 'data')];
  const child = spawn(process.execPath, [CLI, ...args, '--config', configPath], {
    stdio: ['ignore', 'pipe', 'pipe'],
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
    await rm(dir, { recursive: true, force: true });
    throw error;
  });
  return {
    url,
    child,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGTERM');
        await exited;
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
