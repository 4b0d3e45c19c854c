import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

/** What `pnpm demo` printed for the newcomer to use, and the running demo. */
export interface Demo {
  /** The reference server, `http://127.0.0.1:PORT`. */
  server: string;
  consoleUrl: string;
  siteKey: string;
  agentToken: string;
  /** Everything the command printed so far (the tail of it), for failure messages. */
  output(): string;
  /** Stops every process the command started; resolves once none is left. */
  stop(): Promise<void>;
}

/** Where the demo listens; its Vite app is left out (this path does not use it). */
export interface DemoPorts {
  server: number;
  page: number;
}

const READY_LIMIT_MS = 200_000;
const KEEP_OUTPUT = 20_000;

/**
 * Runs the README's `command` in `dir` with bash, as a newcomer pastes it into
 * a fresh shell (none of the test runner's npm or vitest variables), in a
 * process group of its own, and waits until it prints its banner and the
 * server answers. Reads the addresses, site key and agent token from the banner.
 */
export async function startDemo(dir: string, command: string, ports: DemoPorts): Promise<Demo> {
  const child = spawn('bash', ['-c', command], {
    cwd: dir,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...freshShellEnv(),
      DESTEK_DEMO_SERVER_PORT: String(ports.server),
      DESTEK_DEMO_PAGE_PORT: String(ports.page),
      DESTEK_DEMO_APP: 'off',
    },
  });
  let output = '';
  const record = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-KEEP_OUTPUT);
  };
  child.stdout.on('data', record);
  child.stderr.on('data', record);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));

  const group = child.pid;
  if (group === undefined) throw new Error(`bash did not start: ${output}`);
  const stop = async () => {
    if (!groupAlive(group)) return;
    signalGroup(group, 'SIGTERM');
    for (let waited = 0; waited < 10_000 && groupAlive(group); waited += 100) await sleep(100);
    // Whatever ignored the request to stop is ended.
    if (groupAlive(group)) signalGroup(group, 'SIGKILL');
    await exited;
    for (let waited = 0; waited < 5000 && groupAlive(group); waited += 100) await sleep(100);
  };

  try {
    const banner = await Promise.race([
      waitFor(() => (output.includes('Press Ctrl-C to stop.') ? output : null), READY_LIMIT_MS),
      exited.then(() => {
        throw new Error(`The demo command exited (${child.exitCode})`);
      }),
    ]);
    const read = (label: string) => {
      const found = new RegExp(`^\\s*${label}\\s+(\\S+)`, 'm').exec(banner)?.[1];
      if (!found) throw new Error(`The demo's banner has no "${label}" line`);
      return found;
    };
    const server = new URL(read('reference server')).origin;
    if (new URL(server).port !== String(ports.server)) {
      throw new Error(
        `The demo ignored DESTEK_DEMO_SERVER_PORT=${ports.server} and serves on ${server}`,
      );
    }
    const demo: Demo = {
      server,
      consoleUrl: read('agent console'),
      siteKey: read('site key'),
      agentToken: read('agent token'),
      output: () => output,
      stop,
    };
    // The banner comes once the pages serve; the server process may still be opening its database.
    await waitFor(
      () =>
        fetch(`${server}/v1/status`).then(
          (answer) => (answer.ok ? true : null),
          () => null,
        ),
      30_000,
    );
    return demo;
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n--- the demo printed:\n${output}`, {
      cause: error,
    });
  }
}

/** The environment of a new login shell: the test runner's own variables left out. */
function freshShellEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (/^(npm_|PNPM_|VITEST|__VITEST)/i.test(name)) continue;
    if (name === 'NODE_ENV' || name === 'TEST' || name === 'NODE_OPTIONS') continue;
    env[name] = value;
  }
  return env;
}

function groupAlive(group: number): boolean {
  try {
    process.kill(-group, 0);
    return true;
  } catch {
    return false;
  }
}

function signalGroup(group: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-group, signal);
  } catch {
    // Already gone.
  }
}

/** Polls `check` until it gives a value, or throws after `limitMs`. */
async function waitFor<T>(check: () => T | null | Promise<T | null>, limitMs: number): Promise<T> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    const value = await check();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`Not ready within ${limitMs} ms`);
    await sleep(200);
  }
}
