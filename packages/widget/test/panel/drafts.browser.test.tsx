import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { mountInShadow } from './mountInShadow.ts';

let mounted: Awaited<ReturnType<typeof mountInShadow>> | null = null;
afterEach(() => {
  mounted?.remove();
  mounted = null;
});

const summaryOf = (root: ShadowRoot) => root.querySelector<HTMLInputElement>('#destek-summary');

describe('the panel on a real page', () => {
  it('restores the typed draft after the panel is destroyed and mounted again (IndexedDB)', async () => {
    mounted = await mountInShadow({ persistent: true });
    mounted.panel.show({ screen: 'report' });
    await expect.poll(() => summaryOf(mounted?.root as ShadowRoot) !== null).toBe(true);
    await userEvent.fill(
      summaryOf(mounted.root) as HTMLInputElement,
      'Two-factor code is rejected',
    );
    // Autosave is debounced; give it time to reach IndexedDB before the "reload".
    await new Promise((r) => setTimeout(r, 800));
    mounted.remove();

    mounted = await mountInShadow({ persistent: true });
    mounted.panel.show({ screen: 'report' });
    await expect
      .poll(() => summaryOf(mounted?.root as ShadowRoot)?.value)
      .toBe('Two-factor code is rejected');
    // Leave nothing behind for other tests.
    (mounted.root.querySelector('.footer .link-btn') as HTMLButtonElement).click();
    await new Promise((r) => setTimeout(r, 800));
  });

  it('fills a phone screen and follows the visual viewport', async () => {
    await page.viewport(390, 844);
    mounted = await mountInShadow();
    mounted.panel.show({});
    const panel = mounted.root.querySelector('.panel') as HTMLElement;
    await expect.poll(() => panel.getBoundingClientRect().width).toBe(390);
    const height = Math.round(window.visualViewport?.height ?? 0);
    // Read after the first frame, so it may trail the panel's first paint.
    await expect
      .poll(() =>
        getComputedStyle(mounted?.host.element as Element).getPropertyValue('--destek-vvh'),
      )
      .toBe(`${height}px`);
    expect(Math.round(panel.getBoundingClientRect().height)).toBe(height);
    await page.viewport(1280, 800);
  });
});
