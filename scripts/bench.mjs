#!/usr/bin/env node
// `pnpm bench`: runs every benchmark script (`packages/*/bench/*.bench.ts`),
// each a standalone Node program whose last stdout line is one JSON object of
// figures, then writes docs/benchmarks.md from those figures, with the machine
// and the date beside them. Figures in that file are never typed by hand.
//
//   pnpm bench                 every benchmark
//   pnpm bench redaction       only benchmarks whose path contains "redaction",
//                              replacing just their sections of docs/benchmarks.md
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const filters = process.argv.slice(2);

const scripts = [];
for (const pkg of readdirSync(join(root, 'packages'))) {
  const dir = join(root, 'packages', pkg, 'bench');
  if (!existsSync(dir)) continue;
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.bench.ts')) continue;
    const path = join(dir, name);
    const rel = relative(root, path);
    if (filters.length === 0 || filters.some((f) => rel.includes(f))) scripts.push(rel);
  }
}

const results = [];
let failures = 0;
for (const script of scripts) {
  process.stderr.write(`bench: ${script}\n`);
  const started = Date.now();
  const load = loadavg()[0] ?? 0;
  const run = spawnSync(process.execPath, [script], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, DESTEK_BENCH: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (Date.now() - started) / 1000;
  const lastLine = run.stdout.trim().split('\n').at(-1) ?? '';
  let figures = null;
  try {
    figures = JSON.parse(lastLine);
  } catch {
    // Reported below as a failed benchmark.
  }
  if (figures === null) {
    failures++;
    results.push({
      script,
      seconds,
      load,
      error: `exit ${run.status}; last line: ${lastLine.slice(0, 300)}`,
    });
  } else {
    // A benchmark that fails its own check still measured something: keep every figure.
    if (run.status !== 0) failures++;
    results.push({ script, seconds, load, figures, status: run.status });
  }
}

/** Turns nested figures into `a.b.c | value` rows. */
function rows(value, prefix = '') {
  if (value === null || typeof value !== 'object') return [[prefix, String(value)]];
  if (Array.isArray(value) && value.every((v) => v === null || typeof v !== 'object')) {
    return [[prefix, value.join(', ')]];
  }
  return Object.entries(value).flatMap(([k, v]) => rows(v, prefix ? `${prefix}.${k}` : k));
}

const cpu = cpus()[0]?.model ?? 'unknown CPU';
const machine = `${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}`;
const date = new Date().toISOString().slice(0, 16).replace('T', ' ');

/** One section per script; the load average says how busy the machine was when it started. */
function section(result) {
  let md = `## ${result.script}\n\nRan on ${date} UTC in ${result.seconds.toFixed(1)} s; load average ${result.load.toFixed(2)} at start.\n\n`;
  if (result.error) return `${md}**Failed:** ${result.error}\n`;
  if (result.status !== 0)
    md += `**Failed** (exit ${result.status}): the figures say what failed.\n\n`;
  md += '| figure | value |\n|---|---|\n';
  for (const [key, value] of rows(result.figures)) md += `| ${key} | ${value} |\n`;
  return md;
}

// Sections of scripts not run this time are kept from the last run.
const docPath = join(root, 'docs', 'benchmarks.md');
const kept = new Map();
if (existsSync(docPath)) {
  for (const part of readFileSync(docPath, 'utf8')
    .split(/^(?=## )/m)
    .slice(1)) {
    const name = part.slice(3, part.indexOf('\n')).trim();
    kept.set(name, `${part.trimEnd()}\n`);
  }
}
for (const result of results) kept.set(result.script, section(result));

let md = `# Benchmarks\n\nWritten by \`pnpm bench\` (scripts/bench.mjs); figures are never typed by hand.\n\nMachine: ${machine}. The machine is shared: a load average above 2 means other work ran at the same time, and times are then upper bounds.\n\n`;
md +=
  'Each section is one script under `packages/*/bench/`; `pnpm bench <part of its path>` runs some and replaces only their sections.\n';
for (const name of [...kept.keys()].sort()) md += `\n${kept.get(name)}`;
writeFileSync(docPath, md);
process.stderr.write(
  `bench: ${results.length} script(s), ${failures} failed; docs/benchmarks.md written\n`,
);
process.exit(failures > 0 ? 1 : 0);
