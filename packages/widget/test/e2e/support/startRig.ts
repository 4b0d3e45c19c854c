import { rm } from 'node:fs/promises';
import { ensureConsoleBuild } from '@destek/console/test/support/ensureConsoleBuild.ts';
import type { Browser } from 'playwright-core';
import { ensureScriptBuild } from './ensureScriptBuild.ts';
import { launchChromium } from './launchChromium.ts';
import { type PageServer, startPageServer } from './startPageServer.ts';
import { type ReferenceServer, startReferenceServer } from './startReferenceServer.ts';

/** What one test file drives: host pages with the built script, the server, one Chromium. */
export interface Rig {
  pages: PageServer;
  server: ReferenceServer;
  browser: Browser;
  /** The copy of `dist/script` the pages serve under `/widget/`. */
  scriptDir: string;
  /** The copy of the console build the server serves at `/console/`, when asked for. */
  consoleDir: string | undefined;
  /** Closes everything that started, in reverse order. */
  stop(): Promise<void>;
}

export interface RigOptions {
  /**
   * Serve the agent console from a copy of its build (built when stale),
   * for tests where the agent acts in the console. @default false
   */
  console?: boolean;
}

/**
 * Starts the page server (serving a copy of the script build), the reference
 * server allowing the pages' two origins, and Chromium. When one part fails, the
 * parts that did start are stopped before the error is thrown.
 */
export async function startRig(options: RigOptions = {}): Promise<Rig> {
  const scriptDir = await ensureScriptBuild();
  const stops: Array<() => Promise<void>> = [() => rm(scriptDir, { recursive: true, force: true })];
  const stop = async () => {
    for (const step of stops.reverse()) await step();
  };
  try {
    const consoleDir = options.console ? await ensureConsoleBuild() : undefined;
    if (consoleDir) stops.push(() => rm(consoleDir, { recursive: true, force: true }));
    const pages = await startPageServer(scriptDir);
    stops.push(() => pages.stop());
    const [server, browser] = await Promise.allSettled([
      startReferenceServer([pages.origin, pages.otherOrigin], consoleDir ? { consoleDir } : {}),
      launchChromium(),
    ]);
    if (server.status === 'fulfilled') stops.push(() => server.value.stop());
    if (browser.status === 'fulfilled') stops.push(() => browser.value.close());
    if (server.status === 'rejected') throw server.reason;
    if (browser.status === 'rejected') throw browser.reason;
    return { pages, server: server.value, browser: browser.value, scriptDir, consoleDir, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
