import type { BrowserContext, Page } from 'playwright-core';
import { type PageLog, watchPage } from '../support/watchPage.ts';

/** The widget's files, wherever a page hosts them: `destek.js` and its `destek-*.js` chunks. */
const WIDGET_FILE = /\/widget\/destek[^/]*\.js/;

/** A page's log, with every problem the page reported, each attributed to its source. */
export interface HostileLog extends PageLog {
  /**
   * Uncaught errors and rejections (`pageerror`) and console errors, from
   * every frame, as `[widget|host] text (where)`: `widget` when the stack or
   * the console call's location is one of the widget's files, or (a failed
   * request) the support server.
   */
  problems: string[];
}

/** Watches `page`; `server` is the support server's URL, whose failed requests are the widget's. */
export function watchHostile(page: Page, server: string): HostileLog {
  const log: HostileLog = { ...watchPage(page), problems: [] };
  page.on('pageerror', (error) => {
    const stack = error.stack ?? '';
    const source = WIDGET_FILE.test(stack) ? 'widget' : 'host';
    const where = stack.split('\n').find((line) => /https?:\/\//.test(line)) ?? '(no stack)';
    log.problems.push(`[${source}] uncaught ${error.name}: ${error.message} (${where.trim()})`);
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    const source = WIDGET_FILE.test(url) || url.startsWith(server) ? 'widget' : 'host';
    log.problems.push(`[${source}] console: ${message.text()} (${url}:${lineNumber})`);
  });
  return log;
}

const VIOLATIONS = Symbol.for('destek.test.violations');

/**
 * Records every `securitypolicyviolation` in every frame of the context's
 * pages, from before any page script runs (init scripts are not subject to
 * the page's CSP). Kept under a symbol, so no global name is added.
 */
export async function recordViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript((key: string) => {
    const seen: string[] = [];
    Object.defineProperty(window, Symbol.for(key), { value: seen });
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        seen.push(
          `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber} sample=${event.sample}`,
        );
      },
      true,
    );
  }, VIOLATIONS.description ?? '');
}

/** The violations recorded in every frame of `page`, prefixed with the frame's URL. */
export async function violationsIn(page: Page): Promise<string[]> {
  const all: string[] = [];
  for (const frame of page.frames()) {
    const found = await frame.evaluate(
      (key: string) =>
        (
          (window as unknown as Record<symbol, string[] | undefined>)[Symbol.for(key)] ?? []
        ).slice(),
      VIOLATIONS.description ?? '',
    );
    all.push(...found.map((line) => `${frame.url()}: ${line}`));
  }
  return all;
}

/**
 * Holds every request for the widget's first script until `release`, so a
 * test can take the page's "before" picture with no widget code run yet.
 */
export async function holdWidgetScript(context: BrowserContext): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((done) => {
    release = done;
  });
  await context.route(/\/widget\/destek\.js(?:\?|$)/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}
