import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The site key the pages use; the server knows only this one. */
export const SITE_KEY = 'pk_widget_e2e';
/** Bearer token of the one agent, for reading tickets back through the agent API. */
export const AGENT_TOKEN = 'agent-token-widget-e2e-0123456789abcdef';

// The CLI a site owner runs, from the workspace (the widget does not depend on the server).
const CLI = join(import.meta.dirname, '../../../../server/bin/destek-server.js');

/** The reference server as its own process, with a real SQLite file in a temp folder. */
export interface ReferenceServer {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  url: string;
  child: ChildProcess;
  /** Ends the process and deletes its temp folder. */
  stop(): Promise<void>;
}

/**
 * Starts `destek-server` on a free port for pages served from `origins`
 * (each page's exact origin must be listed). Business hours are left out, so
 * support is always open; rate limits are raised so a test's retries and
 * reloads never meet them.
 */
export async function startReferenceServer(origins: string[]): Promise<ReferenceServer> {
  const dir = await mkdtemp(join(tmpdir(), 'destek-widget-e2e-'));
  const configPath = join(dir, 'config.json');
  const generous = { limit: 100_000, windowSec: 60 };
  await writeFile(
    configPath,
    JSON.stringify({
      sites: [
        {
          key: SITE_KEY,
          name: 'Widget end-to-end tests',
          allowedOrigins: origins,
          secret: 'widget-e2e-site-secret-0123456789',
        },
      ],
      agents: [{ id: '7a2e4c1b-3d5f-4e6a-8b70-9c1d2e3f4a5b', name: 'Aylin', token: AGENT_TOKEN }],
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
  const started = new Promise<string>((done, fail) => {
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
  });
  const url = await started.catch(async (error: unknown) => {
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
