/**
 * Driving one benchmark page: a fresh browser context per run (empty cache),
 * the CPU throttled through CDP, the in-page probe installed before any page
 * script, and clicks made with real mouse input. Playwright's locators are
 * not used: they inject a large script into the page, whose compile would
 * show as the widget's long tasks.
 */
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { installProbe, type Probe, type ProbeOptions } from './installProbe.ts';

export type BenchWindow = { __bench: Probe };

/** What the page recorded so far (long tasks and shifts). */
export const readProbe = (p: Page) =>
  p.evaluate(() => {
    const { longTasks, shifts } = (window as unknown as BenchWindow).__bench;
    return { longTasks, shifts };
  });

/** Clicks `target` and returns the ms until `what` is usable (-1 when it never is). */
export async function clickUntil(
  p: Page,
  target: 'launcher' | 'report',
  what: 'home' | 'step1' | 'dialog',
): Promise<number> {
  const at = await p.evaluate((t) => (window as unknown as BenchWindow).__bench.centre(t), target);
  await p.evaluate((w) => (window as unknown as BenchWindow).__bench.arm(w), what);
  await p.mouse.click(at.x, at.y);
  return p.evaluate(() => (window as unknown as BenchWindow).__bench.visible);
}

/** CDP Performance metrics in ms (ScriptDuration, TaskDuration, …). */
export async function cdpMetrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value * 1000]));
}

/** Opens a page in a fresh context at CPU slow-down `rate`; closes the context after `run`. */
export async function withBenchPage<T>(
  browser: Browser,
  rate: number,
  probe: ProbeOptions,
  run: (p: Page, cdp: CDPSession, context: BrowserContext) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const p = await context.newPage();
    const cdp = await context.newCDPSession(p);
    await cdp.send('Performance.enable');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await p.addInitScript(installProbe, probe);
    return await run(p, cdp, context);
  } finally {
    await context.close();
  }
}
