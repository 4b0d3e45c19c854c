#!/usr/bin/env node
// `pnpm size:sources`: where the bytes of a built widget artifact come from.
// Builds the widget with source maps (`DESTEK_SOURCEMAPS=1`: the shipped files
// are byte for byte the same, the maps are written beside them), gives every byte of every file of the artifact to the source it came from,
// and prints, per owner (an npm package, or a folder of one of our packages):
//   raw     its bytes in the shipped files;
//   alone   those bytes gzip-compressed on their own;
//   saved   what the gzip-compressed files would lose without them: each file
//           compressed with and without the owner's bytes. This is the figure
//           to read when asking what dropping or moving something would save
//           (shared words compress once, so the `saved` column sums to less
//           than the total).
//
//   pnpm size:sources                  the report path, by owner
//   pnpm size:sources --files          the report path, by source file
//   pnpm size:sources "first frame"    another artifact of size-budgets.json
import { spawnSync } from 'node:child_process';
import { existsSync, globSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const byFile = args.includes('--files');
const wanted = args.find((arg) => !arg.startsWith('--')) ?? 'report path';

const { artifacts } = JSON.parse(readFileSync(join(root, 'size-budgets.json'), 'utf8'));
const artifact = artifacts.find((a) => a.files && a.name.includes(wanted));
if (!artifact) {
  console.error(`no artifact of built files in size-budgets.json has "${wanted}" in its name`);
  process.exit(2);
}

const built = spawnSync(process.execPath, [join(root, 'packages/widget/build.mjs')], {
  env: { ...process.env, DESTEK_SOURCEMAPS: '1' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (built.status !== 0) process.exit(built.status ?? 1);

const gzip = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;

/** Who a source belongs to: `zod`, `@preact/signals`, `core/redaction`, `widget/panel/report`. */
function ownerOf(source) {
  if (source === null) return '(bundler glue)';
  const npm = source.match(
    /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)\//,
  );
  if (npm) return npm[1];
  const ours = source.match(/packages\/([^/]+)\/src\/(.+)$/);
  if (!ours) return source;
  if (byFile) return `${ours[1]}/${ours[2]}`;
  const folder = ours[2].includes('/') ? ours[2].slice(0, ours[2].lastIndexOf('/')) : '';
  return folder ? `${ours[1]}/${folder}` : `${ours[1]} (top level)`;
}

/** The file's text cut into runs, each with the owner of the source it maps to. */
function runsOf(path) {
  const code = readFileSync(path, 'utf8');
  const mapPath = `${path}.map`;
  if (!existsSync(mapPath)) {
    throw new Error(`${relative(root, mapPath)} is missing: build with DESTEK_SOURCEMAPS=1`);
  }
  const map = new SourceMapConsumer(JSON.parse(readFileSync(mapPath, 'utf8')));
  const lines = code.split('\n');
  const starts = [];
  map.eachMapping((m) => starts.push(m), null, SourceMapConsumer.GENERATED_ORDER);
  const runs = [];
  let line = 1;
  let column = 0;
  const take = (toLine, toColumn, owner) => {
    let text = '';
    while (line < toLine) {
      text += `${lines[line - 1].slice(column)}\n`;
      line++;
      column = 0;
    }
    text += lines[line - 1]?.slice(column, toColumn) ?? '';
    column = toColumn;
    if (text) runs.push({ owner, text });
  };
  let owner = '(bundler glue)';
  for (const m of starts) {
    take(m.generatedLine, m.generatedColumn, owner);
    owner = ownerOf(m.source ? resolve(dirname(mapPath), m.source).split('\\').join('/') : null);
  }
  take(lines.length, lines[lines.length - 1].length, owner);
  return runs;
}

const paths = artifact.files.flatMap((pattern) => globSync(pattern, { cwd: root }));
const owners = new Map();
let total = 0;
for (const path of paths) {
  const runs = runsOf(resolve(root, path));
  const whole = runs.map((r) => r.text).join('');
  const wholeGzip = gzip(whole);
  total += wholeGzip;
  const here = new Map();
  for (const run of runs) here.set(run.owner, [...(here.get(run.owner) ?? []), run.text]);
  for (const [owner, texts] of here) {
    const without = runs
      .filter((r) => r.owner !== owner)
      .map((r) => r.text)
      .join('');
    const row = owners.get(owner) ?? { raw: 0, alone: 0, saved: 0, files: new Set() };
    const mine = texts.join('');
    row.raw += mine.length;
    row.alone += gzip(mine);
    row.saved += wholeGzip - gzip(without);
    row.files.add(path.replace(/^.*\/destek-?|\.js$/g, '').replace(/-[\w-]{8}$/, '') || 'destek');
    owners.set(owner, row);
  }
}

const kb = (n) => `${(n / 1024).toFixed(2)} KB`.padStart(10);
const rows = [...owners].sort((a, b) => b[1].saved - a[1].saved);
const width = Math.max(...rows.map(([owner]) => owner.length), 5);
console.log(
  `${artifact.name}: ${paths.length} files, ${kb(total).trim()} gzip (each file on its own)\n`,
);
console.log(
  `${'owner'.padEnd(width)}  ${'raw'.padStart(10)}  ${'alone'.padStart(10)}  ${'saved'.padStart(10)}  in`,
);
for (const [owner, row] of rows) {
  console.log(
    `${owner.padEnd(width)}  ${kb(row.raw)}  ${kb(row.alone)}  ${kb(row.saved)}  ${[...row.files].join(', ')}`,
  );
}
