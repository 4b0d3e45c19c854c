// Loopback benchmark of the reference server, run as a plain script:
//   node packages/server/bench/server.bench.ts [--reports 300] [--messages 400] [--subscribers 50] [--crash-cycles 0]
// Prints one JSON object. The server runs in its own process (the real CLI),
// so the load generator does not share its event loop.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { newId } from '@destek/protocol';
import sharp from 'sharp';
import { agent, call, postReport, report, session, upload } from '../test/helpers/api.ts';
import { runCrashCycles } from '../test/helpers/crashCycles.ts';
import { openSse } from '../test/helpers/sse.ts';
import { AGENT_TOKEN, testConfig } from '../test/helpers/testConfig.ts';

const { values } = parseArgs({
  options: {
    reports: { type: 'string', default: '300' },
    concurrency: { type: 'string', default: '8' },
    messages: { type: 'string', default: '400' },
    subscribers: { type: 'string', default: '50' },
    'crash-cycles': { type: 'string', default: '0' },
  },
});

function percentile(sorted: number[], q: number): number {
  return (
    Math.round((sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0) * 10) / 10
  );
}

function stats(latencies: number[], totalMs: number) {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    count: latencies.length,
    perSecond: Math.round((latencies.length / totalMs) * 1000 * 10) / 10,
    p50Ms: percentile(sorted, 0.5),
    p99Ms: percentile(sorted, 0.99),
  };
}

async function startCli(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const base = testConfig();
  const configPath = join(dataDir, 'bench.config.json');
  await writeFile(configPath, JSON.stringify({ ...base, heartbeatMs: 15_000 }));
  const bin = new URL('../bin/destek-server.js', import.meta.url).pathname;
  const child = spawn(
    process.execPath,
    [bin, '--port', '0', '--data-dir', join(dataDir, 'data'), '--config', configPath],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (\S+)/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
  return { child, url };
}

async function benchReports(url: string, total: number, concurrency: number) {
  const raw = randomBytes(256 * 256 * 3);
  const image = new Uint8Array(
    await sharp(raw, { raw: { width: 256, height: 256, channels: 3 } })
      .png()
      .toBuffer(),
  );
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      const token = await session(url);
      while (next < total) {
        next += 1;
        const t0 = performance.now();
        const uploaded = await upload(url, token, image, 'screenshot.png');
        const result = await postReport(url, token, report({ attachments: [uploaded.body] }));
        if (result.status !== 201)
          throw new Error(`report failed: ${result.status} ${JSON.stringify(result.body)}`);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return { imageBytes: image.byteLength, ...stats(latencies, performance.now() - started) };
}

async function benchMessages(url: string, total: number, subscribers: number) {
  await agent(url, 'POST', '/v1/agent/presence', { online: true });
  const token = await session(url);
  const start = await call(url, 'POST', '/v1/conversations', token, {
    clientId: newId(),
    text: 'Benchmark',
    category: 'payments',
    locale: 'en',
    attachments: [],
    context: [],
  });
  const id = start.body.id as string;
  await agent(url, 'POST', `/v1/agent/conversations/${id}/claim`);
  const streams = await Promise.all(
    Array.from({ length: subscribers }, () =>
      openSse(`${url}/v1/conversations/${id}/events`, token),
    ),
  );
  await Promise.all(streams.map((s) => s.next((f) => f.event === 'state', 30_000)));
  const latencies: number[] = [];
  const started = performance.now();
  // A few senders at once, as a busy agent plus visitor would.
  let sent = 0;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (sent < total) {
        sent += 1;
        const t0 = performance.now();
        const result = await call(
          url,
          'POST',
          `/v1/agent/conversations/${id}/messages`,
          AGENT_TOKEN,
          {
            clientId: newId(),
            text: `message ${sent}`,
          },
        );
        const seq = result.body.seq as number;
        await Promise.all(
          streams.map((s) =>
            s.next((f) => f.event === 'message' && f.data.message.seq === seq, 30_000),
          ),
        );
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const elapsed = performance.now() - started;
  for (const s of streams) s.close();
  return { subscribers, deliveries: latencies.length * subscribers, ...stats(latencies, elapsed) };
}

const dir = await mkdtemp(join(tmpdir(), 'destek-bench-'));
const { child, url } = await startCli(dir);
try {
  const reports = await benchReports(url, Number(values.reports), Number(values.concurrency));
  const messages = await benchMessages(url, Number(values.messages), Number(values.subscribers));
  const cycles = Number(values['crash-cycles']);
  const crash = cycles > 0 ? await runCrashCycles({ cycles, dataDir: join(dir, 'crash') }) : null;
  const load = (await readFile('/proc/loadavg', 'utf8').catch(() => ''))
    .split(' ')
    .slice(0, 3)
    .join(' ');
  // One line: `pnpm bench` reads the last line of stdout as the figures.
  const figures = {
    node: process.version,
    loopback: url,
    loadAverage: load,
    reports,
    messages,
    crash,
  };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
} finally {
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  await rm(dir, { recursive: true, force: true });
}
