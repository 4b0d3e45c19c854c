import { type Browser, chromium } from 'playwright-core';

/**
 * Chromium comes from Debian: browser downloads do not work on the machines
 * this project runs on. The background-networking flags keep Chromium from
 * calling home, which would show up in the "only allowed hosts" checks.
 * `extraArgs` adds switches, such as `--auto-accept-this-tab-capture`.
 * The one launcher of every end-to-end test and benchmark (the widget's
 * tests reach it as `@destek/console/test/support/launchChromium.ts`); the
 * same flags as `chromiumArgs` in vitest.config.ts, for the browser project.
 */
export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.DESTEK_CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...extraArgs,
    ],
  });
}
