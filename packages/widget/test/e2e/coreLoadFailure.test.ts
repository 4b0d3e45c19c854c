import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPanel, panelDialog } from './support/panel.ts';
import { shopPage } from './support/shopPage.ts';
import type { PageServer } from './support/startPageServer.ts';
import type { ReferenceServer } from './support/startReferenceServer.ts';
import { type Rig, startRig } from './support/startRig.ts';
import { watchPage } from './support/watchPage.ts';

// Real Chromium, the built destek.js and the reference server as its own process.
let rig: Rig;
let pages: PageServer;
let server: ReferenceServer;
let browser: Browser;

beforeAll(async () => {
  rig = await startRig();
  ({ pages, server, browser } = rig);
  pages.set('/', {
    html: shopPage(server.url, {
      before: `<script>window.Destek=window.Destek||function(){(Destek.q=Destek.q||[]).push(arguments)};
window.errors=[];Destek('on','error',function(e){window.errors.push(e.code+' '+e.message)});</script>
`,
    }),
  });
}, 90_000);

afterAll(() => rig?.stop());

describe('core failing to load on the first open', () => {
  it('keeps the drawn panel, tells the page, and loads core at the next open', async () => {
    const page = await browser.newPage();
    const log = watchPage(page);
    // The panel draws without core now, so core's chunk can fail on its own.
    let refused = 0;
    await page.route('**/widget/destek-client-*.js', (route) => {
      refused += 1;
      return route.abort('internetdisconnected');
    });
    await page.goto(`${pages.origin}/`);
    await openPanel(page);
    const dialog = panelDialog(page);
    await page.getByRole('button', { name: /Report a problem/ }).click();
    await dialog.getByText('Loading…').waitFor();
    // Once when the panel preloaded at idle, once more when this open tried again.
    const errors = () => page.evaluate(() => (window as never as { errors: string[] }).errors);
    await expect.poll(async () => (await errors()).length).toBe(2);
    for (const error of await errors()) {
      expect(error).toMatch(
        /^panel_load_failed TypeError: Failed to fetch dynamically imported module/,
      );
    }
    // Each attempt went to the network (a failed import is not remembered).
    expect(refused).toBeGreaterThanOrEqual(2);

    // The network is back; closing and opening again tries core again.
    await page.unroute('**/widget/destek-client-*.js');
    await page.keyboard.press('Escape');
    // The panel reopens where it was, on the report, now with core.
    await openPanel(page);
    await page.getByLabel('Summary', { exact: false }).fill('The basket empties itself');
    expect(await page.getByLabel('Summary', { exact: false }).inputValue()).toBe(
      'The basket empties itself',
    );
    expect(log.errors).toEqual([]);
    await page.close();
  }, 60_000);
});
