#!/usr/bin/env node
// Builds @destek/console into dist/: index.html, and hashed JS and CSS under
// dist/assets/. The reference server serves dist/ as static files at /console/.
//
// The console must run under `default-src 'self'; script-src 'self'; style-src 'self'`,
// so the build is checked after the fact: no inline <script> or <style>, no
// style="" attribute, no data: asset in index.html or the CSS.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

const here = import.meta.dirname;
const outDir = join(here, 'dist');

await build({
  configFile: false,
  root: here,
  // Relative URLs: the same files work under /console/ or behind any path prefix.
  base: './',
  logLevel: 'warn',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    // Inlined assets would be data: URLs, which `default-src 'self'` refuses.
    assetsInlineLimit: 0,
    // The polyfill is a script Vite may inline; every browser the console targets has modulepreload.
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
  },
});

const html = readFileSync(join(outDir, 'index.html'), 'utf8');
const problems = [];
for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
  if (!/\bsrc=/.test(match[1] ?? '') || (match[2] ?? '').trim() !== '')
    problems.push('an inline <script>');
}
if (/<style\b/i.test(html)) problems.push('an inline <style>');
if (/\sstyle=/i.test(html)) problems.push('a style="" attribute');
if (!/<link rel="stylesheet"[^>]*href="\.\/assets\/[^"]+\.css"/.test(html))
  problems.push('no linked stylesheet');
const assets = readdirSync(join(outDir, 'assets'));
for (const name of assets.filter((file) => file.endsWith('.css'))) {
  if (/url\(\s*['"]?data:/i.test(readFileSync(join(outDir, 'assets', name), 'utf8')))
    problems.push(`a data: URL in ${name}`);
}
if (problems.length > 0) {
  throw new Error(`The console build would break its CSP: ${problems.join(', ')}`);
}
console.log(`console: dist/ built (${assets.sort().join(', ')})`);
