#!/usr/bin/env node
// `pnpm size`: builds every artifact named in size-budgets.json the way it
// ships to browsers (or, for `files`, measures what `pnpm build` wrote), prints raw, gzip and brotli bytes, and fails when one is
// over its budget or when a built file under `covers` belongs to no artifact. Compression settings match what CDNs serve (gzip -9,
// brotli quality 11), so the figures compare with other projects' published ones.
import { globSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');
const budgets = JSON.parse(readFileSync(join(root, 'size-budgets.json'), 'utf8'));
const { artifacts } = budgets;
const filter = process.argv.slice(2);

/** Bundles `entry` (or only `names` from it) into one minified ES module. */
async function bundle(entry, names) {
  const dir = mkdtempSync(join(tmpdir(), 'destek-size-'));
  try {
    let input = resolve(root, entry);
    if (names) {
      // A consumer importing a few names: tree-shaking keeps only what they reach.
      input = join(dir, 'consumer.js');
      writeFileSync(
        input,
        `export { ${names.join(', ')} } from ${JSON.stringify(resolve(root, entry))};\n`,
      );
    }
    const result = await build({
      configFile: false,
      logLevel: 'silent',
      root,
      build: {
        write: false,
        minify: true,
        target: 'es2022',
        lib: { entry: input, formats: ['es'], fileName: 'bundle' },
        // Vite keeps whitespace in ES library builds; measure what ships, fully minified.
        rolldownOptions: { output: { minify: true } },
      },
    });
    const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
    const code = outputs
      .filter((o) => o.type === 'chunk')
      .map((o) => o.code)
      .join('\n');
    return Buffer.from(code);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function measure(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length,
  };
}

const rows = [];
let failed = 0;
for (const artifact of artifacts) {
  if (filter.length > 0 && !filter.some((f) => artifact.name.includes(f))) continue;
  let size;
  if (artifact.files) {
    // Several files fetched one by one: each is compressed on its own, so sum them.
    size = { raw: 0, gzip: 0, brotli: 0 };
    for (const pattern of artifact.files) {
      const paths = globSync(pattern, { cwd: root });
      // A pattern left over from an old chunk layout would silently count nothing.
      if (paths.length === 0) throw new Error(`${artifact.name}: no file matches ${pattern}`);
      for (const path of paths) {
        const one = measure(readFileSync(resolve(root, path)));
        for (const kind of Object.keys(size)) size[kind] += one[kind];
      }
    }
  } else {
    size = measure(await bundle(artifact.entry, artifact.treeShake));
  }
  const over = Object.entries(artifact.budget).filter(([kind, limit]) => size[kind] > limit);
  if (over.length > 0) failed++;
  rows.push({ ...artifact, size, over });
}

// Every built file under `covers` must be counted somewhere, or a new chunk would ship unmeasured.
const counted = new Set(
  artifacts.flatMap((a) => (a.files ?? []).flatMap((pattern) => globSync(pattern, { cwd: root }))),
);
const uncounted = (budgets.covers ?? [])
  .flatMap((pattern) => globSync(pattern, { cwd: root }))
  .filter((path) => !counted.has(path));
if (filter.length === 0 && uncounted.length > 0) {
  console.error(`built files in no artifact of size-budgets.json:\n  ${uncounted.join('\n  ')}`);
  failed++;
}

const kb = (n) => `${(n / 1024).toFixed(2)} KB`.padStart(10);
const width = Math.max(...rows.map((r) => r.name.length), 8);
console.log(
  `${'artifact'.padEnd(width)}  ${'raw'.padStart(10)}  ${'gzip'.padStart(10)}  ${'brotli'.padStart(10)}  budget`,
);
for (const { name, size, budget, over } of rows) {
  const limits = Object.entries(budget)
    .map(([kind, limit]) => `${kind} ≤ ${(limit / 1024).toFixed(2)} KB`)
    .join(', ');
  const verdict = over.length > 0 ? `OVER (${over.map(([k]) => k).join(', ')})` : 'ok';
  console.log(
    `${name.padEnd(width)}  ${kb(size.raw)}  ${kb(size.gzip)}  ${kb(size.brotli)}  ${limits}: ${verdict}`,
  );
}
if (process.env.DESTEK_SIZE_JSON)
  writeFileSync(process.env.DESTEK_SIZE_JSON, JSON.stringify(rows, null, 2));
if (failed > 0) {
  console.error(`\n${failed} size check(s) failed`);
  process.exit(1);
}
