#!/usr/bin/env node
// Builds @destek/widget:
//   dist/script/  destek.js (a classic script wrapped in an IIFE) and the
//                 chunks it loads on demand, for the script tag; SRI hashes
//                 in sri.json and printed;
//   dist/npm/     ES modules for bundlers (dependencies left as imports).
// The loader snippet is minified to dist/script/snippet.min.js.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { inlineRuntimeChunk } from './inlineRuntimeChunk.mjs';
import { keepZodConfigPrivate } from './keepZodConfigPrivate.mjs';
import { minifyCssStrings } from './minifyCssStrings.mjs';
import { withoutPngEncoder } from './withoutPngEncoder.mjs';

const here = import.meta.dirname;
const scriptDir = join(here, 'dist', 'script');
const npmDir = join(here, 'dist', 'npm');

// What ships to browsers is the end of the line: no bundler reads its `@__PURE__`
// hints or JSDoc again. Licence comments stay.
const SHIPPED_COMMENTS = { legal: true, annotation: false, jsdoc: false };

const shared = {
  configFile: false,
  root: here,
  // Relative asset URLs: the compression worker must load from the script's own folder.
  base: './',
  worker: {
    plugins: () => [withoutPngEncoder()],
    rolldownOptions: {
      output: { entryFileNames: 'destek-[name]-[hash].js', comments: SHIPPED_COMMENTS },
    },
  },
  logLevel: 'warn',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  // Dev-only warnings compile out; nothing reads process.env at run time.
  define: { 'process.env.NODE_ENV': '"production"' },
  plugins: [minifyCssStrings()],
};

rmSync(join(here, 'dist'), { recursive: true, force: true });

// `DESTEK_SOURCEMAPS=1` (set by `pnpm size:sources`) writes a source map beside
// each script-tag file without pointing to it from the file, so the shipped
// bytes stay the same; scripts/size-sources.mjs reads them to say which
// source each byte came from.
const sourcemap = process.env.DESTEK_SOURCEMAPS === '1' ? 'hidden' : false;

/**
 * Named chunks of the script-tag build. The panel's first frame is one chunk,
 * `panel`: `mountPanel` with everything it imports statically, Preact and
 * signals included, so nothing else is fetched before its code can run (each
 * chunk discovered only once its importer arrives is a round trip and a pause
 * more on a cold open). The panel then fetches, in parallel, its locale,
 * `client` (core, the wire schemas, zod, idb-keyval) and `adapter` (the HTTP
 * adapter, ky), which finish starting behind the drawn panel. The wire limits stay out of
 * `client`: the screens read them, and they must not pull zod into the first frame;
 * nor the opt-in console and network capture, which is its own chunk; nor core's
 * chat controller, which comes with the chat screen; nor its article search and
 * check descriptions, which come with the help and quick-checks screens.
 */
const CHUNK_GROUPS = [
  {
    name: 'panel',
    priority: 3,
    test: (id) =>
      /panel[\\/]mountPanel\.tsx$|node_modules[\\/](?:\.pnpm[\\/][^\\/]+[\\/]node_modules[\\/])?(?:preact|@preact)[\\/]|rolldown[\\/]runtime/.test(
        id,
      ),
  },
  // Lower priority than `client`: a group also takes what its modules import,
  // and the adapter imports core and the schemas, which belong to `client`.
  // The panel's `import()` facades go into their groups, so the import loads
  // the group's chunk itself rather than a tiny chunk that then imports it
  // (one round trip fewer on a cold open).
  {
    name: 'adapter',
    priority: 1,
    test: /panel[\\/]adapterModule\.ts$|packages[\\/]adapter-http[\\/]|node_modules[\\/].*[\\/]ky[\\/]/,
  },
  {
    name: 'client',
    priority: 2,
    test: (id) =>
      !/protocol[\\/]src[\\/]limits\.ts$|core[\\/]src[\\/]chat[\\/]|core[\\/]src[\\/]help[\\/](?!FaqArticleOption)|core[\\/]src[\\/]context[\\/](?:installCaptureRings|watch|patchMethod|describeValue|captureFacts)/.test(
        id,
      ) &&
      /panel[\\/]clientModule\.ts$|packages[\\/](?:core|protocol)[\\/]|node_modules[\\/].*[\\/](?:zod|idb-keyval)[\\/]/.test(
        id,
      ),
  },
];

// 1. Script tag. Built as ES modules so the panel splits into chunks, then the
//    entry is checked to hold no static import/export (it must run as a
//    classic script) and wrapped so none of its names leak into the page.
await build({
  ...shared,
  // zod is bundled here (in the npm build it stays the app's own import).
  plugins: [...shared.plugins, keepZodConfigPrivate(), withoutPngEncoder(), inlineRuntimeChunk()],
  build: {
    outDir: scriptDir,
    emptyOutDir: false,
    // ES2022, as the widget already needs (Object.hasOwn): ky's private fields
    // stay native instead of becoming WeakMap helpers (0.7 KB gzip more, and slower).
    target: 'es2022',
    minify: true,
    sourcemap,
    lib: {
      entry: resolve(here, 'src/loader/scriptTag.ts'),
      formats: ['es'],
      fileName: () => 'destek.js',
    },
    // Vite leaves whitespace in ES library builds; shipped files are minified in full.
    rolldownOptions: {
      output: {
        chunkFileNames: 'destek-[name]-[hash].js',
        minify: true,
        comments: SHIPPED_COMMENTS,
        codeSplitting: { groups: CHUNK_GROUPS },
      },
    },
  },
});
const entryPath = join(scriptDir, 'destek.js');
const entry = readFileSync(entryPath, 'utf8');
if (/(?:^|[;}\n])\s*(?:import\s*[\w{*]|import\s*["']|export\s)/.test(entry)) {
  throw new Error('destek.js has a static import or export: it would not run as a classic script');
}
// The wrapper's opening gets a line of its own, so the entry's source map
// stays true with one empty line put before its mappings.
writeFileSync(entryPath, `(()=>{\n${entry.trim()}\n})();\n`);
if (sourcemap) {
  const mapPath = `${entryPath}.map`;
  const map = JSON.parse(readFileSync(mapPath, 'utf8'));
  writeFileSync(mapPath, JSON.stringify({ ...map, mappings: `;${map.mappings}` }));
}

await build({
  ...shared,
  build: {
    outDir: join(here, 'dist', 'snippet'),
    emptyOutDir: true,
    target: 'es2015',
    lib: {
      entry: resolve(here, 'src/loader/snippet.js'),
      formats: ['es'],
      fileName: () => 'snippet.js',
    },
    rolldownOptions: { output: { minify: true } },
  },
});
writeFileSync(
  join(scriptDir, 'snippet.min.js'),
  readFileSync(join(here, 'dist', 'snippet', 'snippet.js'), 'utf8').trim(),
);
rmSync(join(here, 'dist', 'snippet'), { recursive: true, force: true });

// 2. npm: ES modules; dependencies stay imports for the app's bundler.
await build({
  ...shared,
  build: {
    outDir: npmDir,
    emptyOutDir: false,
    target: 'es2022',
    minify: false,
    lib: { entry: resolve(here, 'src/index.ts'), formats: ['es'], fileName: () => 'index.js' },
    rolldownOptions: {
      external: [/^preact/, /^@preact\//, /^@destek\//, 'ky', 'idb-keyval', 'zod', /^zod\//],
    },
  },
});

// 3. Subresource Integrity for every script-tag file (sha384, the recommended minimum).
const sri = {};
for (const name of readdirSync(scriptDir).sort()) {
  if (!name.endsWith('.js')) continue;
  const digest = createHash('sha384')
    .update(readFileSync(join(scriptDir, name)))
    .digest('base64');
  sri[name] = `sha384-${digest}`;
}
writeFileSync(join(scriptDir, 'sri.json'), `${JSON.stringify(sri, null, 2)}\n`);
console.log('widget: dist/script (script tag) and dist/npm (bundlers) built; SRI hashes:');
for (const [name, hash] of Object.entries(sri)) console.log(`  ${name}  ${hash}`);
