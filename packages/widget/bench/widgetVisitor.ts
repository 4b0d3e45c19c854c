/**
 * A visitor of the chat-latency benchmark in real Chromium: the host page
 * with the built script-tag widget in its own browser context (own storage,
 * own anonymous id, own connection limit), a chat started through the panel
 * as a person would, left open on the thread so every agent message is drawn.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { openPanel, panelDialog } from '../test/e2e/support/panel.ts';
import { type Arrivals, armArrivalProbe, countArrivals, readArrivals } from './arrivalProbe.ts';

export interface WidgetVisitor {
  page: Page;
  /** Waits until the panel shows the chat as claimed by `agentName`. */
  claimed(agentName: string): Promise<void>;
  /** Starts noting arrivals of text matching `pattern` (a RegExp source). */
  arm(pattern: string): Promise<void>;
  count(): Promise<number>;
  read(): Promise<Arrivals>;
  close(): Promise<void>;
}

// Generous: fifty renderers share two cores while the chats start.
const STEP_TIMEOUT_MS = 60_000;

/** Opens `url` in a fresh context and starts a chat whose first message is `summary`. */
export async function startWidgetVisitor(
  browser: Browser,
  url: string,
  summary: string,
): Promise<WidgetVisitor> {
  const context: BrowserContext = await browser.newContext({
    viewport: { width: 1024, height: 768 },
  });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    await page.goto(url);
    await openPanel(page);
    await page.getByRole('button', { name: /Chat with us/ }).click();
    await page.getByLabel('Summary', { exact: false }).fill(summary);
    await page.getByLabel('Category', { exact: false }).selectOption('payment');
    await page.getByRole('button', { name: 'Start chat' }).click();
    await panelDialog(page).getByRole('heading', { name: 'Waiting for an agent' }).waitFor();
    return {
      page,
      claimed: (agentName) =>
        panelDialog(page)
          .getByRole('heading', { name: `Chatting with ${agentName}` })
          .waitFor(),
      arm: (pattern) => page.evaluate(armArrivalProbe, pattern),
      count: () => page.evaluate(countArrivals),
      read: () => page.evaluate(readArrivals),
      close: () => context.close(),
    };
  } catch (error) {
    await context.close();
    throw error;
  }
}
