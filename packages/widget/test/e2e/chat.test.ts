import { redactText } from '@destek/core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agentApi, startOtherChat } from './support/agentApi.ts';
import { hostilePayloads } from './support/hostilePayloads.ts';
import { openPanel, panelDialog } from './support/panel.ts';
import type { PageServer } from './support/startPageServer.ts';
import { type ReferenceServer, SITE_KEY } from './support/startReferenceServer.ts';
import { type Rig, startRig } from './support/startRig.ts';
import { watchPage } from './support/watchPage.ts';

// A visitor in real Chromium with the built script, against the reference
// server as its own process; the agent acts through the agent HTTP API.
let rig: Rig;
let pages: PageServer;
let server: ReferenceServer;
let browser: Browser;
let agent: ReturnType<typeof agentApi>;
const contexts: BrowserContext[] = [];

const NONCE = 'Ch4tN0nce';

beforeAll(async () => {
  rig = await startRig();
  ({ pages, server, browser } = rig);
  agent = agentApi(server.url);
  // A strict CSP, as a bank would send: the widget needs nothing looser.
  pages.set('/', {
    headers: {
      'content-security-policy': [
        "default-src 'self'",
        `script-src 'nonce-${NONCE}'`,
        "style-src 'self'",
        `connect-src 'self' ${server.url}`,
        "img-src 'self' data: blob:",
        "object-src 'none'",
        "base-uri 'none'",
      ].join('; '),
    },
    html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title></head>
<body><h1>Shop</h1>
<script async nonce="${NONCE}" src="/widget/destek.js" data-server="${server.url}" data-site-key="${SITE_KEY}"></script>
</body></html>`,
  });
}, 90_000);

afterAll(async () => {
  for (const context of contexts) await context.close();
  await rig?.stop();
}, 60_000);

/** A fresh visitor (own storage, own anonymous id) on the host page, trapping scripts and CSP violations. */
async function visitor(): Promise<{ page: Page; context: BrowserContext }> {
  const context = await browser.newContext();
  contexts.push(context);
  await context.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__violations', { value: seen });
    document.addEventListener(
      'securitypolicyviolation',
      (event) => seen.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sample}`),
      true,
    );
  });
  const page = await context.newPage();
  await page.goto(`${pages.origin}/`);
  return { page, context };
}

async function startChat(page: Page, summary: string): Promise<void> {
  await openPanel(page);
  await page.getByRole('button', { name: /Chat with us/ }).click();
  await page.getByLabel('Summary', { exact: false }).fill(summary);
  await page.getByLabel('Category', { exact: false }).selectOption('payment');
  await page.getByRole('button', { name: 'Start chat' }).click();
  await panelDialog(page).getByRole('heading', { name: 'Waiting for an agent' }).waitFor();
}

/** The thread's messages as the visitor sees them: each bubble's text, in screen order. */
function thread(page: Page): Promise<string[]> {
  return panelDialog(page)
    .locator('css=.thread .bubble')
    .evaluateAll((bubbles) => bubbles.map((bubble) => bubble.textContent ?? ''));
}

async function say(page: Page, text: string): Promise<void> {
  const box = panelDialog(page).getByLabel('Message', { exact: true });
  await box.fill(text);
  await box.press('Enter');
}

/** Says `text` and waits until the server has it (no message left "Sending…"). */
async function sayAcknowledged(page: Page, text: string): Promise<void> {
  await say(page, text);
  await expect
    .poll(() => panelDialog(page).locator('css=.msg-state').count(), { timeout: 15_000 })
    .toBe(0);
}

describe('a live chat with an agent', () => {
  it('moves up the queue as an earlier chat is claimed, then talks both ways in order and is rated', async () => {
    await agent.online();
    const earlier = 'Earlier visitor: my bonus is missing';
    await startOtherChat(server.url, earlier);
    const { page } = await visitor();
    const log = watchPage(page);
    const summary = 'Queue visitor: my deposit has not arrived';
    await startChat(page, summary);
    const dialog = panelDialog(page);
    await dialog.getByText('Your place in the queue: 2.', { exact: false }).waitFor();

    await agent.claim(await agent.queued(earlier));
    await dialog.getByText('Your place in the queue: 1.', { exact: false }).waitFor();

    const id = await agent.queued(summary);
    await agent.claim(id);
    await dialog.getByRole('heading', { name: 'Chatting with Aylin' }).waitFor();

    await sayAcknowledged(page, 'It was 250 TRY');
    await expect.poll(() => thread(page), { timeout: 15_000 }).toEqual([summary, 'It was 250 TRY']);
    await agent.typing(id, true);
    await dialog.getByText('Aylin is typing…').waitFor();
    await agent.say(id, 'I see it pending.');
    await sayAcknowledged(page, 'Paid by card at 10:05');
    await agent.say(id, 'It is credited now.');
    const order = [
      summary,
      'It was 250 TRY',
      'I see it pending.',
      'Paid by card at 10:05',
      'It is credited now.',
    ];
    await expect.poll(() => thread(page), { timeout: 15_000 }).toEqual(order);
    expect((await agent.conversation(id)).messages.map((m) => m.text)).toEqual(order);

    await agent.close(id, 'Deposit credited; I will check the card refund on Friday.');
    await dialog.getByRole('heading', { name: 'Chat ended' }).waitFor();
    await dialog.getByText('Deposit credited; I will check the card refund on Friday.').waitFor();
    await dialog.getByRole('radio', { name: '5 stars out of 5' }).check({ force: true });
    await dialog.getByLabel('Comment (optional)').fill('Fast and friendly');
    await dialog.getByRole('button', { name: 'Send rating' }).click();
    await dialog.getByText('Thank you for your rating.').first().waitFor();
    expect(await agent.conversation(id)).toMatchObject({
      rating: 5,
      ratingComment: 'Fast and friendly',
    });
    expect(log.errors).toEqual([]);
  }, 90_000);

  it('shows what the agent said during a 10 s network cut once, in order, with the chat ended', async () => {
    await agent.online();
    const { page, context } = await visitor();
    const summary = 'Cut visitor: withdrawal pending';
    await startChat(page, summary);
    const id = await agent.queued(summary);
    await agent.claim(id);
    const dialog = panelDialog(page);
    await dialog.getByRole('heading', { name: 'Chatting with Aylin' }).waitFor();
    await agent.say(id, 'Before the cut');
    await expect.poll(() => thread(page), { timeout: 15_000 }).toEqual([summary, 'Before the cut']);

    const cutAt = Date.now();
    await context.setOffline(true);
    await dialog
      .getByText(/You are offline|Connection lost|Connecting…/)
      .first()
      .waitFor({ timeout: 20_000 });
    for (const text of ['First during the cut', 'Second during the cut', 'Third during the cut']) {
      await agent.say(id, text);
    }
    await agent.close(id, 'Resolved while you were away.');
    expect(await thread(page)).toEqual([summary, 'Before the cut']);
    // Hold the cut for ten seconds in all, as a tunnel or a lift would.
    await page.waitForTimeout(Math.max(0, 10_000 - (Date.now() - cutAt)));
    await context.setOffline(false);

    await dialog.getByRole('heading', { name: 'Chat ended' }).waitFor({ timeout: 30_000 });
    await expect
      .poll(() => thread(page), { timeout: 20_000 })
      .toEqual([
        summary,
        'Before the cut',
        'First during the cut',
        'Second during the cut',
        'Third during the cut',
      ]);
    await dialog.getByText('Resolved while you were away.').waitFor();
  }, 90_000);

  it('keeps hostile words inert both ways, with no CSP violation', async () => {
    await agent.online();
    const { page } = await visitor();
    const log = watchPage(page);
    const summary = 'Hostile visitor: testing words';
    await startChat(page, summary);
    const id = await agent.queued(summary);
    await agent.claim(id);
    const dialog = panelDialog(page);
    await dialog.getByRole('heading', { name: 'Chatting with Aylin' }).waitFor();

    const payloads = hostilePayloads();
    for (const payload of payloads) await agent.say(id, payload);
    for (const payload of payloads) await say(page, payload);
    // The visitor's words leave the page redacted (as reports do); nothing else changes them.
    const typed = payloads.map((payload) => redactText(payload).text);
    const expected = [summary, ...payloads, ...typed];
    await expect.poll(() => thread(page), { timeout: 30_000 }).toEqual(expected);
    // The server keeps what each side typed as it was typed.
    expect((await agent.conversation(id)).messages.map((m) => m.text)).toEqual(expected);

    const report = await page.evaluate(() => {
      const root = document.querySelector('[data-destek]')?.shadowRoot;
      const threadEl = root?.querySelector('.thread');
      const body = root?.querySelector('.body');
      return {
        pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
        violations: (window as unknown as { __violations: string[] }).__violations,
        tags: [...new Set([...(threadEl?.querySelectorAll('*') ?? [])].map((el) => el.localName))],
        links: [...(threadEl?.querySelectorAll('a') ?? [])].map((a) => ({
          href: a.getAttribute('href') ?? '',
          rel: a.getAttribute('rel'),
          target: a.getAttribute('target'),
        })),
        sideways: body ? body.scrollWidth - body.clientWidth : 0,
        bodyChildren: [...document.body.children].map((el) => el.localName),
      };
    });
    expect(report.pwned).toBeNull();
    expect(report.violations).toEqual([]);
    // Only what the widget itself draws: no element came from a message.
    expect(
      report.tags.filter((tag) => !['li', 'span', 'div', 'a', 'ul', 'button'].includes(tag)),
    ).toEqual([]);
    expect(report.links.length).toBeGreaterThan(0);
    for (const link of report.links) {
      expect(link.href).toMatch(/^(https?:\/\/|mailto:)/);
      expect(link).toMatchObject({ rel: 'noopener noreferrer', target: '_blank' });
    }
    expect(report.sideways).toBeLessThanOrEqual(1);
    expect(report.bodyChildren).toEqual(['h1', 'script', 'div']);
    expect(log.errors).toEqual([]);
  }, 120_000);

  it('follows an open chat after a reload: badge, host events, and the whole thread', async () => {
    await agent.online();
    const { page } = await visitor();
    const summary = 'Reload visitor: bonus not credited';
    await startChat(page, summary);
    const id = await agent.queued(summary);
    await agent.claim(id);
    await panelDialog(page).getByRole('heading', { name: 'Chatting with Aylin' }).waitFor();

    await page.reload();
    await page.waitForFunction(() => typeof (window as { Destek?: unknown }).Destek === 'function');
    await page.evaluate(() => {
      const told: unknown[] = [];
      Object.defineProperty(window, '__told', { value: told });
      const destek = (window as unknown as { Destek: (...args: unknown[]) => void }).Destek;
      destek('on', 'message', (payload: unknown) => told.push(['message', payload]));
      destek('on', 'unread', (payload: unknown) => told.push(['unread', payload]));
    });
    // The panel loads while the browser is idle and picks the chat up, closed.
    await expect
      .poll(() => page.locator('[data-destek] >> css=.launcher-badge').count(), { timeout: 20_000 })
      .toBe(0);
    await agent.say(id, 'Answered after your reload');
    const badge = page.locator('[data-destek] >> css=.launcher-badge');
    await expect.poll(() => badge.getAttribute('data-count'), { timeout: 20_000 }).toBe('1');
    expect(await page.evaluate(() => (window as unknown as { __told: unknown[] }).__told)).toEqual([
      ['message', { conversationId: id, text: 'Answered after your reload' }],
      ['unread', { count: 1 }],
    ]);

    await openPanel(page);
    await page.getByRole('button', { name: /Your chat/ }).click();
    await expect
      .poll(() => thread(page), { timeout: 15_000 })
      .toEqual([summary, 'Answered after your reload']);
    await expect.poll(() => badge.count(), { timeout: 10_000 }).toBe(0);
  }, 90_000);

  it('becomes a left message with a reference when no agent is online', async () => {
    await agent.online(false);
    const { page } = await visitor();
    await openPanel(page);
    await page.getByRole('button', { name: /Chat with us/ }).click();
    const dialog = panelDialog(page);
    await dialog.getByRole('heading', { name: 'Leave a message' }).waitFor();
    await page.getByLabel('Summary', { exact: false }).fill('Left message: card refund missing');
    await page.getByLabel('Category', { exact: false }).selectOption('payment');
    await page.getByLabel('Your e-mail (optional)', { exact: false }).fill('ayla@example.com');
    await page.getByRole('button', { name: 'Send message' }).click();
    await dialog.getByRole('heading', { name: 'Message saved' }).waitFor();
    const reference = (await dialog.locator('css=.reference').textContent()) ?? '';
    expect(reference).toMatch(/^DT-[0-9A-Z]{6}$/);
    expect((await agent.tickets()).map((ticket) => ticket.reference)).toContain(reference);
  }, 60_000);
});
