import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

/**
 * Chromium comes from Debian (`/usr/bin/chromium`): browser downloads do not
 * work on the machines this project runs on. The background-networking flags
 * keep Chromium from calling home, which this machine's closed network would
 * refuse (and which would break the "no request to any other host" checks).
 */
export const chromiumPath = process.env.DESTEK_CHROMIUM ?? '/usr/bin/chromium';
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export default defineConfig({
  test: {
    reporters: ['default', './scripts/summaryReporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/test/**/*.test.{ts,tsx}'],
          exclude: ['packages/*/test/**/*.browser.test.{ts,tsx}'],
          environment: 'node',
        },
      },
      {
        // Pre-bundled up front: discovered mid-run, Vite reloads the page and the test with it.
        // (They are root devDependencies so that Vite can resolve them from here.)
        optimizeDeps: { include: ['@preact/signals-core', 'idb-keyval'] },
        test: {
          name: 'browser',
          include: ['packages/*/test/**/*.browser.test.{ts,tsx}'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
