import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { statusSchema } from '@destek/protocol';
import { expect, it } from 'vitest';

const BIN = new URL('../bin/destek-server.js', import.meta.url).pathname;

function run(args: string[]) {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  return { child, exited, output: () => out };
}

it('prints its usage with --help', async () => {
  const cli = run(['--help']);
  expect(await cli.exited).toBe(0);
  expect(cli.output()).toContain('--data-dir');
}, 30_000);

it('starts with the demo config, prints where it listens and the demo site key, and stops on SIGTERM', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'destek-cli-'));
  const cli = run(['--port', '0', '--data-dir', dataDir]);
  try {
    for (let i = 0; i < 600 && !cli.output().includes('site key'); i += 1)
      await new Promise((r) => setTimeout(r, 25));
    const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(cli.output())?.[1];
    expect(url).toBeDefined();
    expect(cli.output()).toContain('pk_demo_destek_local');
    // On failure, say what the server printed: a refused connection alone tells nothing.
    const status = await fetch(`${url}/v1/status`).catch((error: unknown) => {
      throw new Error(`status failed; exit ${cli.child.exitCode}; output:\n${cli.output()}`, {
        cause: error,
      });
    });
    expect(statusSchema.safeParse(await status.json()).success).toBe(true);
    cli.child.kill('SIGTERM');
    expect(await cli.exited).toBe(0);
  } finally {
    cli.child.kill('SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
  }
}, 30_000);

it('refuses an invalid config with the path of each error', async () => {
  const cli = run(['--config', new URL('./helpers/testConfig.ts', import.meta.url).pathname]);
  expect(await cli.exited).toBe(1);
  expect(cli.output()).toContain('Cannot read config');
}, 30_000);
