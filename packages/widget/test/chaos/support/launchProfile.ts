import { type ChildProcess, spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { type Browser, type BrowserContext, chromium } from 'playwright-core';

/** Chromium on a profile folder that outlives it, as a user's browser keeps its IndexedDB. */
export interface ProfileBrowser {
  browser: Browser;
  /** The profile's own (persistent) context: its storage is the folder's. */
  context: BrowserContext;
  /** The browser process, so a trial can SIGKILL it as a crash would. */
  pid: number;
  /** Kills the process with SIGKILL and waits until it and its helpers are gone. */
  kill(): Promise<void>;
  /** Asks the browser to quit (closes the context and every page; storage is written out). */
  quit(): Promise<void>;
}

// The brief's flags (see launchChromium.ts), plus what a profile on disk needs.
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  '--password-store=basic',
  // What Playwright's own launcher adds to start fast and keep background tabs running.
  '--disable-extensions',
  '--disable-component-extensions-with-background-pages',
  '--disable-default-apps',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
  '--disable-dev-shm-usage',
  '--no-service-autorun',
  '--metrics-recording-only',
  '--remote-debugging-port=0',
];

/**
 * Starts Chromium itself (not through Playwright's launcher, which hides the
 * process) on `userDataDir`, then attaches Playwright over CDP. The process
 * leads its own process group, so a kill takes the renderers with it and
 * leaves nothing running, as a crash of the whole browser would.
 */
export async function launchProfile(userDataDir: string): Promise<ProfileBrowser> {
  const child = spawn(
    process.env.DESTEK_CHROMIUM ?? '/usr/bin/chromium',
    [...ARGS, `--user-data-dir=${userDataDir}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  const pid = child.pid;
  if (pid === undefined) throw new Error('Chromium did not start');
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  let endpoint: string;
  try {
    endpoint = await devToolsEndpoint(child);
  } catch (error) {
    killGroup(pid);
    await exited;
    throw error;
  }
  let browser: Browser;
  let context: BrowserContext;
  try {
    browser = await chromium.connectOverCDP(endpoint, { timeout: 60_000 });
    const found = browser.contexts()[0];
    if (!found) throw new Error('Chromium has no default context');
    context = found;
    // The about:blank tab the command line opened: trials open their own pages.
    await Promise.all(context.pages().map((page) => page.close()));
  } catch (error) {
    killGroup(pid);
    await exited;
    throw error;
  }
  return {
    browser,
    context,
    pid,
    async kill() {
      killGroup(pid);
      await exited;
      await browser.close().catch(() => {});
    },
    async quit() {
      // Browser.close, not context.close(): over CDP the latter only lets go
      // of the default context and leaves the browser running.
      const session = await browser.newBrowserCDPSession();
      await session.send('Browser.close').catch(() => {});
      await Promise.race([exited, sleep(10_000)]);
      // Any helper still in the group after the browser exited is an orphan.
      killGroup(pid);
      await browser.close().catch(() => {});
    },
  };
}

function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** The `ws://` address Chromium prints once its DevTools server listens. */
function devToolsEndpoint(child: ChildProcess): Promise<string> {
  return new Promise((done, fail) => {
    let output = '';
    const timer = setTimeout(
      () => fail(new Error(`Chromium did not open DevTools within 60 s:\n${output}`)),
      60_000,
    );
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const found = /DevTools listening on (ws:\/\/\S+)/.exec(output);
      if (found?.[1]) {
        clearTimeout(timer);
        // Keep draining what it prints later, without keeping it.
        child.stderr?.off('data', read);
        child.stderr?.resume();
        done(found[1]);
      }
    };
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`Chromium exited with ${code}:\n${output}`));
    });
  });
}
