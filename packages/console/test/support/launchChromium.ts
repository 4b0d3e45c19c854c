import { type Browser, chromium } from 'playwright-core';

/**
 * Chromium from Debian (browser downloads do not work here); the
 * background-networking flags keep it from calling home.
 */
export function launchChromium(): Promise<Browser> {
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
    ],
  });
}
