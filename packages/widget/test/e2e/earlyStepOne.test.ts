import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPanel, panelDialog } from './support/panel.ts';
import { shopPage } from './support/shopPage.ts';
import { type Rig, startRig } from './support/startRig.ts';
import { watchPage } from './support/watchPage.ts';

// Real Chromium, the built destek.js and the reference server as its own process.
let rig: Rig;
let browser: Browser;

beforeAll(async () => {
  rig = await startRig();
  browser = rig.browser;
  rig.pages.set('/', { html: shopPage(rig.server.url) });
}, 90_000);

afterAll(() => rig?.stop());

const SUMMARY = 'The basket empties itself at checkout';

/** The report draft core autosaved in this page's IndexedDB, or null. */
function savedSummary(page: Page): Promise<string | null> {
  return page.evaluate(
    () =>
      new Promise<string | null>((resolve) => {
        const open = indexedDB.open('destek-drafts');
        open.onerror = () => resolve(null);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('drafts')) {
            db.close();
            resolve(null);
            return;
          }
          const read = db.transaction('drafts').objectStore('drafts').get('draft:report');
          read.onsuccess = () => {
            db.close();
            resolve(
              (read.result as { value?: { summary?: string } } | undefined)?.value?.summary ?? null,
            );
          };
          read.onerror = () => resolve(null);
        };
      }),
  );
}

describe('report step 1 on a cold open, before core has loaded', () => {
  it('takes typing at once, keeps field and focus when core arrives, and saves what was typed', async () => {
    const page = await browser.newPage();
    const log = watchPage(page);
    // Core's chunk is held back, as a slow network would; the panel chunk is not.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let asked = 0;
    await page.route('**/widget/destek-client-*.js', async (route) => {
      asked += 1;
      await held;
      await route.continue();
    });
    await page.goto(`${rig.pages.origin}/`);
    await openPanel(page);
    const dialog = panelDialog(page);
    await dialog.getByRole('button', { name: /Report a problem/ }).click();

    const summary = dialog.getByLabel('Summary', { exact: false });
    await summary.pressSequentially(SUMMARY.slice(0, 10));
    await page.keyboard.insertText(SUMMARY.slice(10));
    expect(asked).toBeGreaterThan(0);
    expect(await dialog.getByLabel('Category', { exact: false }).isDisabled()).toBe(true);
    expect(await dialog.getByText('Start over').count()).toBe(0);

    release();
    await dialog.getByText('Start over').waitFor();
    expect(await summary.inputValue()).toBe(SUMMARY);
    expect(
      await summary.evaluate(
        (field) => (field.getRootNode() as ShadowRoot).activeElement === field,
      ),
    ).toBe(true);
    await dialog.getByLabel('Category', { exact: false }).selectOption('payment');
    // Core has it, and saves it like anything typed after it arrived.
    await expect.poll(() => savedSummary(page), { timeout: 10_000 }).toBe(SUMMARY);

    await page.reload();
    await openPanel(page);
    await dialog.getByRole('button', { name: /Continue your report/ }).waitFor();
    expect(await dialog.getByText(SUMMARY, { exact: false }).count()).toBeGreaterThan(0);
    expect(log.errors).toEqual([]);
    await page.close();
  }, 60_000);
});
