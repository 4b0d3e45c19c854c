import { BackendError } from '@destek/core';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { mountInShadow } from '../panel/mountInShadow.ts';

/**
 * Walks every screen at desktop and phone sizes, light and dark, English and
 * Turkish; checks that nothing overflows sideways, the panel fits the
 * viewport and axe-core finds no violation; saves a PNG of each under
 * `__screenshots__/` (git-ignored) for people to look at.
 */
const SIZES = [
  [1280, 800],
  [390, 844],
] as const;

let mounted: Awaited<ReturnType<typeof mountInShadow>> | null = null;
afterEach(() => {
  mounted?.remove();
  mounted = null;
});

describe.each(['en', 'tr'])('every screen in %s', (locale) => {
  for (const mode of ['light', 'dark'] as const) {
    for (const [width, height] of SIZES) {
      it(`fits ${width}×${height} in ${mode} with no sideways scroll and no axe violation`, async () => {
        await page.viewport(width, height);
        mounted = await mountInShadow({ mode, locale });
        const { root, panel, backend } = mounted;
        const $ = <T extends Element>(selector: string) => {
          const found = root.querySelector<T>(selector);
          if (!found) throw new Error(`missing ${selector}`);
          return found;
        };
        const overflowing: string[] = [];
        const shoot = async (name: string) => {
          // The opening animation slides the panel up 8px; measure where it comes to rest.
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
          ) {
            overflowing.push(`${name}: panel outside the viewport`);
          }
          if (body && body.scrollWidth > body.clientWidth + 1)
            overflowing.push(`${name}: sideways scroll`);
          const result = await axe.run(mounted?.host.element as HTMLElement, {
            resultTypes: ['violations'],
          });
          for (const v of result.violations) overflowing.push(`${name}: axe ${v.id}`);
          await page.screenshot({
            path: `__screenshots__/${locale}-${mode}-${width}x${height}-${name}.png`,
          });
        };
        const settle = () => new Promise((r) => setTimeout(r, 30));
        const next = async () => {
          $<HTMLButtonElement>('.footer .btn-primary').click();
          await new Promise((r) => setTimeout(r, 30));
        };

        panel.show({});
        await settle();
        await shoot('01-home');
        panel.show({ screen: 'report' });
        await settle();
        await userEvent.fill(
          $('#destek-summary'),
          locale === 'tr'
            ? 'Para yatırma işlemim PMT-105 hatası verdi'
            : 'My deposit failed with PMT-105',
        );
        await userEvent.selectOptions($('#destek-category'), 'bonus');
        await expect.poll(() => root.querySelector('.hint') !== null).toBe(true);
        await shoot('02-step1-hint');
        await userEvent.fill($('#destek-summary'), '');
        await next();
        await shoot('03-step1-errors');
        await userEvent.fill(
          $('#destek-summary'),
          locale === 'tr' ? 'Para yatırma işlemim hesabıma geçmedi' : 'My deposit has not arrived',
        );
        await userEvent.selectOptions($('#destek-category'), 'payment');
        await next();
        $<HTMLButtonElement>('.chip').click();
        await shoot('04-step2');
        await next();
        await userEvent.fill(
          $('#destek-expected'),
          locale === 'tr' ? 'Tutarın bakiyemde görünmesi' : 'The money in my balance',
        );
        await userEvent.fill(
          $('#destek-observed'),
          locale === 'tr'
            ? 'Kart 4111 1111 1111 1111 ile ödedim, PMT-105 hatası'
            : 'Paid with card 4111 1111 1111 1111, got PMT-105',
        );
        await shoot('05-step3');
        await next();
        const input = $<HTMLInputElement>('input[type="file"]');
        const transfer = new DataTransfer();
        transfer.items.add(new File(['<svg/>'], 'logo.svg', { type: 'image/svg+xml' }));
        transfer.items.add(
          new File([new Uint8Array([137, 80, 78, 71])], 'screenshot.png', { type: 'image/png' }),
        );
        input.files = transfer.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
        await shoot('06-step4');
        await next();
        await expect.poll(() => root.querySelector('.preview') !== null).toBe(true);
        await userEvent.fill($('#destek-contact-email'), 'leyla@example.com');
        await shoot('07-step5');
        await next();
        await expect
          .poll(() => root.querySelector('.reference') !== null, { timeout: 5000 })
          .toBe(true);
        await shoot('08-confirmation');
        const ticketId = [...backend.world.tickets.keys()][0] ?? '';
        await backend.agent.replyToTicket(
          ticketId,
          locale === 'tr'
            ? 'Merhaba, işleminizi inceliyoruz.'
            : 'Hello, we are checking your payment.',
        );
        backend.faults.failNext(1, {
          error: () => new BackendError('invalid', 'refused', { field: 'summary' }),
          methods: ['submitReport'],
        });
        backend.faults.failNext(1, {
          error: () => new BackendError('server', 'down'),
          methods: ['submitReport'],
        });
        panel.show({ screen: 'report' });
        await settle();
        await userEvent.fill(
          $('#destek-summary'),
          locale === 'tr' ? 'Bonus hesabıma yansımadı' : 'Bonus not credited',
        );
        await userEvent.selectOptions($('#destek-category'), 'bonus');
        for (let i = 0; i < 2; i++) await next();
        await userEvent.fill(
          $('#destek-observed'),
          locale === 'tr' ? 'Bonus bakiyesi 0 görünüyor' : 'Bonus balance shows 0',
        );
        for (let i = 0; i < 2; i++) await next();
        await userEvent.fill($('#destek-contact-email'), 'leyla@example.com');
        await next();
        await expect
          .poll(() => root.querySelector('.footer .btn-secondary') !== null, { timeout: 4000 })
          .toBe(true);
        panel.show({ screen: 'requests' });
        await settle();
        await expect
          .poll(() => root.querySelectorAll('.card').length, { timeout: 4000 })
          .toBeGreaterThan(1);
        await shoot('09-requests');
        $<HTMLButtonElement>('.card .link-btn').click();
        await expect
          .poll(() => root.querySelector('.entry') !== null, { timeout: 4000 })
          .toBe(true);
        await shoot('10-request-detail');
        $<HTMLButtonElement>('.header .icon-btn').click();
        await expect
          .poll(() => root.querySelector('.card .btn-primary') !== null, { timeout: 4000 })
          .toBe(true);
        $<HTMLButtonElement>('.card .btn-primary').click();
        await expect.poll(() => root.querySelector('#destek-observed') !== null).toBe(true);
        await shoot('11-fix-refused');
        expect(overflowing.join('; ')).toBe('');
        // Eleven screens, each checked by axe and photographed: far more than the
        // 15 s default on a loaded 2-core machine.
      }, 90_000);
    }
  }
});
