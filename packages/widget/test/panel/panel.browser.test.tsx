import { within } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { mountInShadow } from './mountInShadow.ts';

let mounted: Awaited<ReturnType<typeof mountInShadow>> | null = null;
afterEach(() => {
  mounted?.remove();
  mounted = null;
});

async function mount(options: Parameters<typeof mountInShadow>[0] = {}) {
  mounted = await mountInShadow(options);
  return mounted;
}

/** Queries inside the shadow root, where the panel lives. */
const inPanel = (root: ShadowRoot) => within(root as unknown as HTMLElement);

/** axe-core over the widget's host element (axe walks open shadow roots). */
async function violations(host: HTMLElement): Promise<string[]> {
  // Colours measured mid-animation (the panel fades in) are not the ones people read.
  const running = host.shadowRoot?.getAnimations() ?? [];
  await Promise.all(running.map((animation) => animation.finished.catch(() => undefined)));
  const result = await axe.run(host, { resultTypes: ['violations'] });
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** Waits until the shadow root's focus is on an element matching `test`. */
async function focusIs(root: ShadowRoot, test: (el: Element | null) => boolean): Promise<void> {
  await expect.poll(() => test(root.activeElement), { timeout: 2000 }).toBe(true);
}

describe('the panel in a real shadow root', () => {
  it('moves focus in on open, traps Tab, closes on Escape and returns focus', async () => {
    const { panel, root, opener, closes } = await mount();
    panel.show({});
    await focusIs(root, (el) => el?.textContent === 'How can we help?');
    const seen = new Set<string>();
    for (let i = 0; i < 8; i++) {
      await userEvent.tab();
      const active = root.activeElement;
      expect(active, 'focus stayed inside the panel').not.toBeNull();
      seen.add(active?.getAttribute('aria-label') ?? active?.textContent ?? '');
    }
    expect(seen.has('Close support')).toBe(true);
    await userEvent.tab({ shift: true });
    expect(root.activeElement).not.toBeNull();
    await userEvent.keyboard('{Escape}');
    expect(closes).toHaveLength(1);
    expect(root.querySelector('.panel')?.hasAttribute('hidden')).toBe(true);
    expect(document.activeElement).toBe(opener);
  });

  it('completes a report with the keyboard alone against the memory backend', async () => {
    const { panel, root, backend, events } = await mount();
    panel.show({});
    const ui = inPanel(root);
    await focusIs(root, (el) => el?.textContent === 'How can we help?');
    await userEvent.tab(); // Report a problem (the close button comes first in the header)
    while (!root.activeElement?.textContent?.includes('Report a problem')) await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await focusIs(root, (el) => el?.textContent?.startsWith('Step 1 of 5') ?? false);
    await userEvent.tab(); // summary
    await userEvent.keyboard('My withdrawal failed with PMT-105');
    await userEvent.tab(); // category
    await userEvent.keyboard('{ArrowDown}'); // the first category: payments
    expect((ui.getByLabelText('Category') as HTMLSelectElement).value).toBe('payment');
    const next = async () => {
      while (root.activeElement?.textContent !== 'Next') await userEvent.tab();
      await userEvent.keyboard('{Enter}');
    };
    await next();
    await focusIs(root, (el) => el?.textContent?.startsWith('Step 2 of 5') ?? false);
    await userEvent.tab();
    await userEvent.keyboard('{Enter}'); // first chip: Reloaded the page
    await next();
    await focusIs(root, (el) => el?.textContent?.startsWith('Step 3 of 5') ?? false);
    await userEvent.tab();
    await userEvent.keyboard('The money in my bank');
    await userEvent.tab();
    await userEvent.keyboard('Error PMT-105: transaction declined');
    await next();
    await focusIs(root, (el) => el?.textContent?.startsWith('Step 4 of 5') ?? false);
    await next();
    await focusIs(root, (el) => el?.textContent?.startsWith('Step 5 of 5') ?? false);
    while (root.activeElement?.id !== 'destek-contact-email') await userEvent.tab();
    await userEvent.keyboard('leyla@example.com');
    while (root.activeElement?.textContent !== 'Send report') await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await focusIs(root, (el) => el?.textContent === 'Report sent');
    expect(backend.world.tickets.size).toBe(1);
    const reference = root.querySelector('.reference')?.textContent ?? '';
    expect(reference).toMatch(/^DT-/);
    await expect.poll(() => events.some(([name]) => name === 'report:sent')).toBe(true);
  });

  for (const mode of ['light', 'dark'] as const) {
    it(`has no axe violations on any screen (${mode})`, async () => {
      const { panel, root, host, backend } = await mount({ mode });
      panel.show({});
      const ui = inPanel(root);
      const found: Record<string, string[]> = {};
      const check = async (name: string) => {
        found[name] = await violations(host.element);
      };
      await check('home');
      ui.getByRole('button', { name: /Report a problem/ }).click();
      await ui.findByText(/Step 1 of 5/);
      ui.getByRole('button', { name: 'Next' }).click();
      await ui.findAllByText('This is needed.');
      await check('step 1 with errors');
      const summary = ui.getByLabelText('Summary') as HTMLInputElement;
      await userEvent.fill(summary, 'My deposit did not arrive, PMT-105');
      await userEvent.selectOptions(ui.getByLabelText('Category'), 'bonus');
      await ui.findByText(/This sounds like a/);
      await check('step 1 with hint');
      ui.getByRole('button', { name: 'Next' }).click();
      await ui.findByText(/Step 2 of 5/);
      ui.getByRole('button', { name: 'Reloaded the page' }).click();
      ui.getByRole('button', { name: 'Add a step' }).click();
      await check('step 2');
      ui.getByRole('button', { name: 'Next' }).click();
      await ui.findByText(/Step 3 of 5/);
      await userEvent.fill(
        ui.getByLabelText('What happened instead?'),
        'Card 4111 1111 1111 1111 was charged',
      );
      await check('step 3');
      ui.getByRole('button', { name: 'Next' }).click();
      await ui.findByText(/Step 4 of 5/);
      const input = root.querySelector('input[type="file"]') as HTMLInputElement;
      const transfer = new DataTransfer();
      transfer.items.add(new File(['x'], 'notes.svg', { type: 'image/svg+xml' }));
      transfer.items.add(
        new File([new Uint8Array([137, 80, 78, 71])], 'shot.png', { type: 'image/png' }),
      );
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await ui.findByText('notes.svg: this type of file cannot be attached.');
      await check('step 4');
      ui.getByRole('button', { name: 'Next' }).click();
      await ui.findByText(/Hidden to protect you/);
      await userEvent.fill(ui.getByLabelText('Your e-mail'), 'leyla@example.com');
      await check('step 5');
      ui.getByRole('button', { name: 'Send report' }).click();
      await ui.findByRole('heading', { name: 'Report sent' }, { timeout: 5000 });
      await check('confirmation');
      const ticketId = [...backend.world.tickets.keys()][0] ?? '';
      await backend.agent.replyToTicket(ticketId, 'We are looking at it.');
      ui.getByRole('button', { name: 'My requests' }).click();
      await ui.findByText('Sent');
      await check('requests');
      (await ui.findByRole('button', { name: /^DT-/ })).click();
      await ui.findByText('We are looking at it.');
      await check('request detail');
      expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
    });
  }
  it('draws without waiting for core; an option core refuses arrives through fail, named', async () => {
    // Before, the mount waited for core to check the options (and so for the
    // client chunk) before drawing anything; now the panel draws first.
    const { panel, root, failures } = await mount({ core: { categories: 'payments' } });
    panel.show({});
    await inPanel(root).findByRole('button', { name: /Report a problem/ });
    await expect.poll(() => failures.length).toBe(1);
    expect(failures[0]).toMatchObject({ name: 'ConfigError', path: 'categories' });
  });
  it('keeps focus on Home when the client arrives after the panel opened', async () => {
    const { panel, root } = await mount({ slowStartMs: 700 });
    panel.show({});
    await focusIs(root, (el) => el?.textContent === 'How can we help?');
    const heading = root.activeElement;
    // Past the client's arrival (its storage answers after 700 ms). Before, Home was
    // mounted again under a new parent then, and the focused heading went with it.
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(heading?.isConnected).toBe(true);
    expect(root.activeElement).toBe(heading);
  });
});
