import { BackendError, memoryBackend } from '@destek/core';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { createLauncher } from '../../src/launcher/createLauncher.ts';
import { mountInShadow } from '../panel/mountInShadow.ts';

/**
 * The chat's screens in real Chromium at desktop and phone sizes, light and
 * dark, English and Turkish: nothing overflows sideways, the panel fits,
 * axe-core finds no violation; a PNG of each goes to `__screenshots__/`
 * (git-ignored) for people to look at. The launcher's unread badge and the
 * host events are checked along the way.
 */
const SIZES = [
  [1280, 800],
  [390, 844],
] as const;

const WORDS = {
  en: {
    summary: 'My deposit has not arrived',
    reply: 'Hello, I am checking your deposit now. Details: https://example.com/help/deposits',
    long: `Reference ${'A1B2C3D4'.repeat(40)}`,
    mine: 'It was 250 TRY, paid by card at 10:05.',
    note: 'Your deposit was credited. I will check the card refund again on Friday.',
    left: 'Withdrawal pending for three days',
  },
  tr: {
    summary: 'Para yatırma işlemim hesabıma geçmedi',
    reply: 'Merhaba, yatırımınızı şimdi kontrol ediyorum. Ayrıntılar: https://example.com/yardim',
    long: `Referans ${'A1B2C3D4'.repeat(40)}`,
    mine: '250 TL idi, saat 10:05’te kartla ödedim.',
    note: 'Yatırımınız hesabınıza geçti. Kart iadesini cuma günü tekrar kontrol edeceğim.',
    left: 'Para çekme işlemim üç gündür bekliyor',
  },
} as const;

let mounted: Awaited<ReturnType<typeof mountInShadow>> | null = null;
beforeEach(() => localStorage.clear());
afterEach(() => {
  mounted?.remove();
  mounted = null;
  localStorage.clear();
});

describe.each(['en', 'tr'] as const)('the chat in %s', (locale) => {
  const words = WORDS[locale];
  for (const mode of ['light', 'dark'] as const) {
    for (const [width, height] of SIZES) {
      it(`fits ${width}×${height} in ${mode} with no sideways scroll and no axe violation`, {
        timeout: 90_000,
      }, async () => {
        await page.viewport(width, height);
        const backend = memoryBackend({ agentName: 'Aylin' });
        mounted = await mountInShadow({ mode, locale, backend });
        const { root, panel, events } = mounted;
        createLauncher(
          root,
          'Help',
          () => {},
          () => {},
        );
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
          if (box.right > width + 0.5 || box.bottom > height + 0.5 || box.left < -0.5) {
            problems.push(`${name}: panel outside the viewport`);
          }
          for (const body of root.querySelectorAll('.body')) {
            if (body.scrollWidth > body.clientWidth + 1) problems.push(`${name}: sideways scroll`);
          }
          const result = await axe.run(mounted?.host.element as HTMLElement, {
            resultTypes: ['violations'],
          });
          for (const v of result.violations) {
            problems.push(`${name}: axe ${v.id} ${v.nodes.map((n) => n.target).join(',')}`);
          }
          await page.screenshot({
            path: `__screenshots__/chat-${locale}-${mode}-${width}x${height}-${name}.png`,
          });
        };
        const conversation = () => [...backend.world.conversations.values()].at(-1);
        const id = () => conversation()?.id ?? '';

        panel.show({ screen: 'chat' });
        await expect.poll(() => root.querySelector('#destek-summary') !== null).toBe(true);
        await shoot('01-start');

        await userEvent.fill($('#destek-summary'), words.summary);
        await userEvent.selectOptions($('#destek-category'), 'payment');
        $<HTMLButtonElement>('form.body .btn-primary').click();
        await expect.poll(() => root.querySelector('.thread') !== null).toBe(true);
        await expect.poll(() => root.querySelector('.chat-status + p')?.textContent).toBeTruthy();
        await shoot('02-queued');

        await backend.agent.claimConversation(id());
        await backend.agent.replyToConversation(id(), words.reply);
        await backend.agent.replyToConversation(id(), words.long);
        await userEvent.fill($('#destek-chat-text'), words.mine);
        $<HTMLButtonElement>('.composer .btn-primary').click();
        await backend.agent.setTyping(id(), true);
        await expect.poll(() => root.querySelectorAll('.msg').length).toBe(4);
        await expect.poll(() => root.querySelector('.typing') !== null).toBe(true);
        await expect.poll(() => root.querySelector('.msg-state') === null).toBe(true);
        await shoot('03-active');

        backend.faults.failNext(1, {
          error: () => new BackendError('offline', 'The network dropped'),
          methods: ['sendMessage'],
        });
        await userEvent.fill($('#destek-chat-text'), '?');
        $<HTMLButtonElement>('.composer .btn-primary').click();
        await expect.poll(() => root.querySelector('.msg-state.error') !== null).toBe(true);
        await shoot('04-failed');

        // Closed panel: the agent's reply shows on the launcher and reaches the host.
        panel.hide();
        await backend.agent.replyToConversation(id(), words.reply);
        await expect
          .poll(() => root.querySelector('.launcher-badge')?.getAttribute('data-count'))
          .toBe('1');
        expect(root.querySelector('button.launcher')?.getAttribute('aria-describedby')).toBe(
          'destek-unread',
        );
        expect(events).toContainEqual(['message', { conversationId: id(), text: words.reply }]);
        expect(events).toContainEqual(['unread', { count: 1 }]);
        const result = await axe.run(mounted.host.element, { resultTypes: ['violations'] });
        for (const v of result.violations) problems.push(`badge: axe ${v.id}`);
        await page.screenshot({
          path: `__screenshots__/chat-${locale}-${mode}-${width}x${height}-05-badge.png`,
        });
        panel.show({ screen: 'chat' });
        await expect.poll(() => root.querySelector('.launcher-badge')).toBeNull();
        expect(events).toContainEqual(['unread', { count: 0 }]);

        await backend.agent.endConversation(id(), words.note, '2026-05-08T09:00:00.000Z');
        await expect.poll(() => root.querySelector('.stars') !== null).toBe(true);
        await shoot('06-ended');

        backend.agent.setAgentsOnline(0);
        $<HTMLButtonElement>('.chat-body > p:last-child .btn').click();
        await expect.poll(() => root.querySelector('#destek-summary') !== null).toBe(true);
        await expect.poll(() => root.querySelector('.notice') !== null).toBe(true);
        await shoot('07-leave-form');
        await userEvent.fill($('#destek-summary'), words.left);
        await userEvent.selectOptions($('#destek-category'), 'payment');
        await userEvent.fill($('#destek-contact-email'), 'leyla@example.com');
        $<HTMLButtonElement>('form.body .btn-primary').click();
        await expect.poll(() => root.querySelector('.reference') !== null).toBe(true);
        await shoot('08-left-message');

        expect(problems.join('; ')).toBe('');
      });
    }
  }
});

describe('the transcript', () => {
  it('downloads as a text file through a Blob URL', async () => {
    await page.viewport(1280, 800);
    const backend = memoryBackend({ agentName: 'Aylin' });
    mounted = await mountInShadow({ backend });
    const { root, panel } = mounted;
    const blobs: Blob[] = [];
    const create = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      if (blob instanceof Blob) blobs.push(blob);
      return create.call(URL, blob);
    };
    const clicks: Array<{ href: string; download: string }> = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function record(this: HTMLAnchorElement) {
      clicks.push({ href: this.href, download: this.download });
    };
    try {
      panel.show({ screen: 'chat' });
      await expect.poll(() => root.querySelector('#destek-summary') !== null).toBe(true);
      await userEvent.fill(root.querySelector('#destek-summary') as HTMLElement, 'Bonus missing');
      await userEvent.selectOptions(root.querySelector('#destek-category') as HTMLElement, 'bonus');
      (root.querySelector('form.body .btn-primary') as HTMLButtonElement).click();
      await expect.poll(() => backend.world.conversations.size).toBe(1);
      const [conversation] = backend.world.conversations.values();
      await backend.agent.replyToConversation(conversation?.id ?? '', 'Credited now <b>ok</b>');
      await backend.agent.endConversation(conversation?.id ?? '', 'Done');
      await expect.poll(() => root.querySelector('#destek-transcript') !== null).toBe(true);
      (root.querySelector('#destek-transcript + .btn') as HTMLButtonElement).click();
      expect(clicks).toHaveLength(1);
      expect(clicks[0]?.href).toMatch(/^blob:/);
      expect(clicks[0]?.download).toMatch(/^chat-\d{4}-\d{2}-\d{2}\.txt$/);
      const text = await blobs[0]?.text();
      expect(text).toMatch(
        /^\[[^\]]+\] You: Bonus missing\n\n\[[^\]]+\] Aylin: Credited now <b>ok<\/b>\n/,
      );
    } finally {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    }
  });
});
