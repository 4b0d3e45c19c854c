import type { Frame } from 'playwright-core';
import { panelDialog } from '../support/panel.ts';
import type { FixtureRun } from './HostileFixture.ts';

/** What a single-page-app fixture counts in `window.__host`. */
export interface AppCounts {
  /** Renders of the app (it re-renders every 50 ms on its own). */
  renders: number;
  /** Times its "/" hotkey fired. */
  hotkeys: number;
  /** Key events React handed the app's own handlers (the React page only). */
  reactKeys?: number;
}

function countsIn(surface: Frame): Promise<AppCounts> {
  return surface.evaluate(() => {
    const { renders, hotkeys, reactKeys } = (window as unknown as { __host: AppCounts }).__host;
    return { renders, hotkeys, ...(reactKeys === undefined ? {} : { reactKeys }) };
  });
}

/**
 * A host app beside the widget: once the report is filed, the app has kept
 * rendering and its "/" hotkey never fired (the summary typed in the widget
 * has a "/"). Then, so that zero means something, the person goes back to
 * the page: "/" there does focus the app's search, the app filters on what
 * is typed in it, and the widget, still showing its confirmation, took none
 * of it. Returns the counts before and after, for checks of the app's own.
 */
export async function expectAppUndisturbed({
  page,
  surface,
  expect,
}: FixtureRun): Promise<{ before: AppCounts; after: AppCounts }> {
  const before = await countsIn(surface);
  expect(before.renders, 'the app rendered beside the widget').toBeGreaterThan(5);
  expect(before.hotkeys, 'hotkeys fired by keys typed in the widget').toBe(0);
  await surface.waitForFunction(
    (seen) => (window as unknown as { __host: AppCounts }).__host.renders > seen + 3,
    before.renders,
  );

  const confirmation = panelDialog(surface).getByText(/DT-[0-9A-Z]{6}/);
  const reference = await confirmation.first().textContent();
  await surface.locator('h1').click();
  await page.keyboard.press('/');
  await surface.locator('input[name="search"]:focus').waitFor();
  await page.keyboard.type('ch');
  await surface.waitForFunction(() => document.querySelectorAll('.app li').length === 1);
  expect(await surface.locator('.app li').allTextContents()).toEqual(['Charger']);
  // The widget is as the app's keys found it: open, on its confirmation.
  expect(await panelDialog(surface).isVisible(), 'the panel is still open').toBe(true);
  expect(await confirmation.first().textContent(), 'the confirmation').toBe(reference);

  const after = await countsIn(surface);
  expect(after.hotkeys, 'hotkeys fired by "/" typed in the page').toBe(1);
  return { before, after };
}
