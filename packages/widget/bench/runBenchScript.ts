/**
 * Runs another package's benchmark script as a child process, the way
 * scripts/bench.mjs runs it (Node, repository root as working folder,
 * DESTEK_BENCH=1), and takes the one JSON object on its last stdout line,
 * so the peers benchmark reports figures measured in this same run.
 */
import { spawnSync } from 'node:child_process';

export type BenchResult =
  | { script: string; seconds: number; figures: Record<string, unknown> }
  | { script: string; seconds: number; error: string };

export function runBenchScript(root: string, script: string, timeoutMs: number): BenchResult {
  const started = Date.now();
  const run = spawnSync(process.execPath, [script], {
    cwd: root,
    encoding: 'utf8',
    // Its progress goes to our stderr, as under scripts/bench.mjs.
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, DESTEK_BENCH: '1' },
    maxBuffer: 64 * 1024 * 1024,
    timeout: timeoutMs,
  });
  const seconds = Math.round((Date.now() - started) / 100) / 10;
  const lastLine = (run.stdout ?? '').trim().split('\n').at(-1) ?? '';
  try {
    const figures: unknown = JSON.parse(lastLine);
    if (run.status === 0 && figures !== null && typeof figures === 'object')
      return { script, seconds, figures: figures as Record<string, unknown> };
  } catch {
    // Reported below.
  }
  const why = run.error ? run.error.message : `exit ${run.status ?? run.signal}`;
  return { script, seconds, error: `${why}; last line: ${lastLine.slice(0, 200)}` };
}
