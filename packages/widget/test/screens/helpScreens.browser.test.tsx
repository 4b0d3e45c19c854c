import { memoryBackend } from '@destek/core';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { ARTICLES } from '../panel/helpArticles.ts';
import { mountInShadow } from '../panel/mountInShadow.ts';

/**
 * Home with its Help and quick-checks entries, Help (most asked, then a
 * search), an article (asked, then answered No) and the quick checks, as in
 * `panelScreens.browser.test.tsx`: desktop and phone, light and dark, English
 * and Turkish; nothing overflows, the panel fits, axe finds no violation; a PNG
 * of each goes to `__screenshots__/` (git-ignored) for people to look at.
 */
const SIZES = [
  [1280, 800],
  [390, 844],
] as const;

/** The search typed in each language: without Turkish letters and with a suffix. */
const QUERY = { en: 'passwords', tr: 'sifremi unuttum' } as const;

let mounted: Awaited<ReturnType<typeof mountInShadow>> | null = null;
afterEach(() => {
  mounted?.remove();
  mounted = null;
});

describe.each(['en', 'tr'] as const)('help and quick checks in %s', (locale) => {
  for (const mode of ['light', 'dark'] as const) {
    for (const [width, height] of SIZES) {
      it(`fit ${width}×${height} in ${mode} with no sideways scroll and no axe violation`, async () => {
        await page.viewport(width, height);
        mounted = await mountInShadow({
          mode,
          locale,
          backend: memoryBackend({ faq: ARTICLES }),
          // A device clock 4 minutes fast and an outdated app: the checks have problems to show.
          core: {
            clock: () => Date.now() + 4 * 60_000 + 5000,
            app: { name: 'Shop', version: '4.11.0', latestVersion: '4.12.0' },
          },
        });
        const { root, panel } = mounted;
        const $ = <T extends Element>(selector: string) => {
          const found = root.querySelector<T>(selector);
          if (!found) throw new Error(`missing ${selector}`);
          return found;
        };
        const problems: string[] = [];
        const shoot = async (name: string) => {
          await Promise.all(
            $('.panel')
              .getAnimations({ subtree: true })
              .map((a) => a.finished),
          );
          const box = $('.panel').getBoundingClientRect();
          const body = root.querySelector('.body');
          if (
            box.right > width + 0.5 ||
            box.bottom > height + 0.5 ||
            box.left < -0.5 ||
            box.top < -0.5
          )
            problems.push(`${name}: panel outside the viewport`);
          if (body && body.scrollWidth > body.clientWidth + 1)
            problems.push(`${name}: sideways scroll`);
          const result = await axe.run(mounted?.host.element as HTMLElement, {
            resultTypes: ['violations'],
          });
          for (const v of result.violations) problems.push(`${name}: axe ${v.id}`);
          await page.screenshot({
            path: `__screenshots__/${locale}-${mode}-${width}x${height}-help-${name}.png`,
          });
        };
        const button = (name: RegExp) => {
          const found = [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) =>
            name.test(b.textContent ?? ''),
          );
          if (!found) throw new Error(`no button ${name}`);
          return found;
        };

        panel.show({});
        await expect.poll(() => root.querySelectorAll('.menu-item').length).toBeGreaterThan(3);
        await shoot('00-home');
        panel.show({ screen: 'help' });
        await expect.poll(() => root.querySelectorAll('.menu-item').length).toBe(2);
        await shoot('01-most-asked');
        await userEvent.fill($('#destek-help-q'), QUERY[locale]);
        await expect
          .poll(() => root.querySelector('#destek-help-list')?.textContent ?? '')
          .toMatch(/^1 /);
        await shoot('02-search');
        $<HTMLButtonElement>('.menu-item').click();
        await expect.poll(() => root.querySelector('.steps') !== null).toBe(true);
        await shoot('03-article');
        button(locale === 'tr' ? /^Hayır$/ : /^No$/).click();
        await expect.poll(() => root.querySelector('.feedback .btn-primary') !== null).toBe(true);
        await shoot('04-article-not-solved');

        panel.show({ screen: 'checks' });
        await expect
          .poll(() => root.querySelectorAll('.check').length, { timeout: 8000 })
          .toBeGreaterThan(5);
        await shoot('05-checks');
        expect(root.querySelector('.check.problem')).not.toBeNull();
        expect(problems.join('; ')).toBe('');
        // Generous: axe runs six times per test, on a machine other suites share.
      }, 60_000);
    }
  }
});
