#!/usr/bin/env node
// Enforces the one-way import rule of docs/architecture.md:
//   protocol <- core <- screenshot <- widget;  adapter-http -> protocol, core;  server -> protocol;
//   console -> protocol (served by the server as files, never imported by it).
// Source files may import only the packages their row allows (and must declare
// them in package.json); no file, source or test, may reach into another
// package's folder by a relative path or into `@destek/<pkg>/src`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/** What each package's `src/` may import (bare specifiers, by package name). */
const ALLOWED = {
  protocol: ['zod'],
  // zod: the same zod/mini copy protocol ships, for option schemas.
  core: ['@destek/protocol', '@preact/signals-core', 'idb-keyval', 'zod'],
  screenshot: ['@destek/core', 'browser-image-compression'],
  'adapter-http': ['@destek/protocol', '@destek/core', 'ky'],
  widget: [
    '@destek/core',
    '@destek/screenshot',
    '@destek/adapter-http',
    'preact',
    '@preact/signals',
  ],
  // zod: the full build, for the config file (the server ships to no browser).
  server: [
    '@destek/protocol',
    'hono',
    '@hono/node-server',
    'better-sqlite3',
    'sharp',
    'zod',
    'nodemailer',
    'node:',
  ],
  // The agent console: a browser app the server serves as static files (it never imports it).
  console: ['@destek/protocol', 'preact', '@preact/signals'],
};

/** Entry points that only tests load (they may import the test runner). */
const TEST_ONLY_SOURCES = [/^packages\/core\/src\/conformance\//];

const IMPORT =
  /(?:^|[\s;])(?:import|export)\s(?:[^'"`;]*?\sfrom\s)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;

function* walk(dir) {
  let names = [];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (name === 'node_modules' || name === 'dist') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else if (/\.(ts|tsx|mts|js|mjs)$/.test(name)) yield path;
  }
}

function packageName(specifier) {
  if (specifier.startsWith('node:')) return 'node:';
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

function stripComments(source) {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

const problems = [];
const packagesDir = join(root, 'packages');
for (const pkg of readdirSync(packagesDir)) {
  const pkgDir = join(packagesDir, pkg);
  if (!statSync(pkgDir).isDirectory()) continue;
  const allowed = ALLOWED[pkg];
  if (!allowed) {
    problems.push(
      `packages/${pkg}: no row in scripts/check-imports.mjs; add one (and to docs/architecture.md)`,
    );
    continue;
  }
  const manifest = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  const declared = new Set(Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies }));
  for (const area of ['src', 'test', 'bench']) {
    for (const file of walk(join(pkgDir, area))) {
      const rel = relative(root, file).split(sep).join('/');
      const source = stripComments(readFileSync(file, 'utf8'));
      for (const match of source.matchAll(IMPORT)) {
        const specifier = match[1] ?? match[2];
        if (!specifier) continue;
        if (specifier.startsWith('.')) {
          const target = resolve(dirname(file), specifier);
          if (!target.startsWith(pkgDir + sep)) {
            problems.push(
              `${rel}: "${specifier}" reaches outside packages/${pkg}; import the package by name`,
            );
          }
          continue;
        }
        if (/^@destek\/[^/]+\/src(\/|$)/.test(specifier)) {
          problems.push(
            `${rel}: "${specifier}" reaches into another package's src; import its entry`,
          );
          continue;
        }
        if (area !== 'src' || TEST_ONLY_SOURCES.some((pattern) => pattern.test(rel))) continue;
        const name = packageName(specifier);
        if (pkg === 'server' && builtinModules.includes(specifier)) {
          problems.push(`${rel}: "${specifier}": write node builtins as "node:${specifier}"`);
          continue;
        }
        if (!allowed.includes(name)) {
          problems.push(
            `${rel}: packages/${pkg} may not import "${name}" (allowed: ${allowed.join(', ')})`,
          );
        } else if (name !== 'node:' && !declared.has(name)) {
          problems.push(
            `${rel}: "${name}" is used but not declared in packages/${pkg}/package.json`,
          );
        }
      }
    }
  }
}

if (problems.length > 0) {
  console.error(`Import rule broken (${problems.length}):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('imports: every package follows the one-way rule');
