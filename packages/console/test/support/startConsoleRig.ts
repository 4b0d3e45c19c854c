import { rm } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { ensureConsoleBuild } from './ensureConsoleBuild.ts';
import { launchChromium } from './launchChromium.ts';
import { type DestekServer, startDestekServer } from './startDestekServer.ts';

/** What the console test drives: the server serving the console, and one Chromium. */
export interface ConsoleRig {
  server: DestekServer;
  /** Where the console opens: `<server>/console/`. */
  consoleUrl: string;
  browser: Browser;
  stop(): Promise<void>;
}

/**
 * Starts the reference server serving a copy of the console build (its
 * `consoleDir`, so a rebuild during the run cannot pull files away), and
 * Chromium. Whatever started is stopped again when a later part fails.
 */
export async function startConsoleRig(): Promise<ConsoleRig> {
  const distCopy = await ensureConsoleBuild();
  const stops: Array<() => Promise<void>> = [() => rm(distCopy, { recursive: true, force: true })];
  const stop = async () => {
    for (const step of stops.reverse()) await step().catch(() => {});
  };
  try {
    const [server, browser] = await Promise.allSettled([
      startDestekServer(distCopy),
      launchChromium(),
    ]);
    if (server.status === 'fulfilled') stops.push(() => server.value.stop());
    if (browser.status === 'fulfilled') stops.push(() => browser.value.close());
    if (server.status === 'rejected') throw server.reason;
    if (browser.status === 'rejected') throw browser.reason;
    return {
      server: server.value,
      consoleUrl: `${server.value.url}/console/`,
      browser: browser.value,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
