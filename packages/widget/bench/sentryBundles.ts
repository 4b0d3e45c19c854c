/**
 * Sentry's user-feedback widget, built for the browser from the installed
 * `@sentry/browser` npm package (it ships no prebuilt bundles): each variant
 * is one entry, bundled with every dependency into one minified classic
 * script (IIFE, ES2020, like Destek's destek.js). Built the way Sentry's
 * tree-shaking guide recommends (`__SENTRY_DEBUG__` false, so its debug
 * logging compiles out): Sentry at its smallest, not a strawman.
 *
 * The page variant reads its DSN from its script tag's `data-dsn` (a local
 * sink). Sentry's async integration, which fetches the dialog from Sentry's
 * CDN, is never used: the variant without the dialog gets a loader that
 * only rejects, and is measured for size, never run.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { compressedSize, type Size } from './compressedSize.ts';

export interface SentryBundle {
  /** What is in it, in words. */
  what: string;
  /** The file written to the output folder. */
  file: string;
  size: Size;
}

const browserEntry = fileURLToPath(import.meta.resolve('@sentry/browser'));
const fromBrowser = createRequire(browserEntry);
const feedbackRoot = dirname(fromBrowser.resolve('@sentry/feedback/package.json'));
const feedbackEntry = join(
  feedbackRoot,
  (JSON.parse(readFileSync(join(feedbackRoot, 'package.json'), 'utf8')) as { module: string })
    .module,
);
const B = JSON.stringify(browserEntry);
const F = JSON.stringify(feedbackEntry);
const DSN = 'const dsn = document.currentScript?.dataset.dsn;\n';

/** The installed version, for the figures. */
export const sentryVersion: string = (
  JSON.parse(
    readFileSync(
      join(dirname(fromBrowser.resolve('@sentry/core/package.json')), 'package.json'),
      'utf8',
    ),
  ) as { version: string }
).version;

const VARIANTS: Record<string, { what: string; code: string }> = {
  sdk: {
    what: 'browser SDK alone: init() with its default integrations, no feedback',
    code: `import { init } from ${B};\n${DSN}init({ dsn });\n`,
  },
  sdkWithButton: {
    what: 'SDK + feedback button only (the dialog would be fetched on click, as in Sentry’s CDN feedback bundle)',
    code: `import { init } from ${B};\nimport { buildFeedbackIntegration } from ${F};\n${DSN}const feedback = buildFeedbackIntegration({ lazyLoadIntegration: () => Promise.reject(new Error('not in this benchmark')) });\ninit({ dsn, integrations: [feedback()] });\n`,
  },
  sdkWithFeedbackNoScreenshot: {
    what: 'SDK + feedback button + dialog, without the screenshot editor',
    code: `import { init } from ${B};\nimport { buildFeedbackIntegration, feedbackModalIntegration } from ${F};\n${DSN}const feedback = buildFeedbackIntegration({ getModalIntegration: () => feedbackModalIntegration });\ninit({ dsn, integrations: [feedback()] });\n`,
  },
  sdkWithFeedback: {
    what: "import { init, feedbackIntegration } from '@sentry/browser' (the documented npm setup): button, dialog and screenshot editor",
    code: `import { init, feedbackIntegration } from ${B};\n${DSN}init({ dsn, integrations: [feedbackIntegration()] });\n`,
  },
};

/** The variant the host-cost runs load (everything Sentry's documented setup ships). */
export const PAGE_VARIANT = 'sdkWithFeedback';

/** Builds every variant into `outDir` as `peer-sentry-<variant>.js` and measures each. */
export async function buildSentryBundles(outDir: string): Promise<Record<string, SentryBundle>> {
  const dir = mkdtempSync(join(tmpdir(), 'destek-peers-sentry-'));
  const bundles: Record<string, SentryBundle> = {};
  try {
    for (const [name, { what, code }] of Object.entries(VARIANTS)) {
      const entry = join(dir, `${name}.js`);
      writeFileSync(entry, code);
      const file = `peer-sentry-${name}.js`;
      await build({
        configFile: false,
        logLevel: 'silent',
        root: dir,
        define: { __SENTRY_DEBUG__: 'false', 'process.env.NODE_ENV': '"production"' },
        build: {
          outDir,
          emptyOutDir: false,
          minify: true,
          target: 'es2020',
          lib: { entry, formats: ['iife'], name: 'destekBenchPeer', fileName: () => file },
          rolldownOptions: { output: { minify: true } },
        },
      });
      bundles[name] = { what, file, size: compressedSize(readFileSync(join(outDir, file))) };
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return bundles;
}
