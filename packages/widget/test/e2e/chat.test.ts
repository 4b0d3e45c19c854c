import {
  claimChat,
  closeChat,
  openTicket,
  queueCard,
  replyToTicket,
  sendReply,
  signIn,
  transcript,
  transcriptTexts,
} from '@destek/console/test/support/agentConsole.ts';
import { redactText } from '@destek/core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agentApi, startOtherChat } from './support/agentApi.ts';
import { hostilePayloads } from './support/hostilePayloads.ts';
import { openPanel, panelDialog } from './support/panel.ts';
import { shopPage, strictCsp } from './support/shopPage.ts';
import { startMailSink } from './support/startMailSink.ts';
import type { HostPage, PageServer } from './support/startPageServer.ts';
import {
  AGENT_TOKEN,
  type ReferenceServer,
  startReferenceServer,
} from './support/startReferenceServer.ts';
import { type Rig, startRig } from './support/startRig.ts';
import { type PageLog, watchPage } from './support/watchPage.ts';

// A visitor (the built script on a strict-CSP host page) and the agent
// console, each in its own context of one Chromium, against the reference
// server as its own process. The agent acts in the console; the agent API is
// only read, to see what the server stored. The first five tests are one
// chat, in order, as one visitor's conversation would go.
let rig: Rig;
let pages: PageServer;
let server: ReferenceServer;
let browser: Browser;
let stored: ReturnType<typeof agentApi>;
let consoleUrl: string;
const contexts: BrowserContext[] = [];

/** The agent's console page, signed in (and so online) for the whole file. */
let desk: Page;
const deskErrors: string[] = [];
/** The visitor of the one chat the first five tests follow. */
let shopper: { page: Page; context: BrowserContext; log: PageLog };
let conversationId = '';
/** What the chat holds so far, in the order it was sent. */
let said: string[] = [];

const NONCE = 'Ch4tN0nce';
const SUMMARY = 'Queue visitor: my deposit has not arrived';

/** The host page for a server: a strict CSP, as a bank would send; the widget needs nothing looser. */
function hostPage(serverUrl: string): HostPage {
  return {
    headers: {
      'content-security-policy': strictCsp(serverUrl, NONCE),
    },
    html: shopPage(serverUrl, { nonce: NONCE }),
  };
}

/** A new context whose pages record CSP violations in `window.__violations` from the start. */
async function trappedContext(): Promise<BrowserContext> {
  const context = await browser.newContext();
  contexts.push(context);
  // Init scripts run before the page's own and are not subject to its CSP.
  await context.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__violations', { value: seen });
    document.addEventListener(
      'securitypolicyviolation',
      (event) => seen.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sample}`),
      true,
    );
  });
  return context;
}

/** The console in its own context, signed in to `url` (a server's `/console/`). */
async function openConsole(url: string, errors: string[]): Promise<Page> {
  const page = await (await trappedContext()).newPage();
  page.on('pageerror', (error) => errors.push(`${error.name}: ${error.message}`));
  await signIn(page, url, AGENT_TOKEN);
  return page;
}

/** A fresh visitor (own context, storage and anonymous id) on the host page at `path`. */
async function visitor(path = '/'): Promise<{ page: Page; context: BrowserContext; log: PageLog }> {
  const context = await trappedContext();
  const page = await context.newPage();
  const log = watchPage(page);
  await page.goto(`${pages.origin}${path}`);
  return { page, context, log };
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

function messageBox(page: Page) {
  return panelDialog(page).getByLabel('Message', { exact: true });
}

async function say(page: Page, text: string): Promise<void> {
  await messageBox(page).fill(text);
  await messageBox(page).press('Enter');
}

/** Waits until the server has everything the visitor said (no message left "Sending…"). */
async function acknowledged(page: Page): Promise<void> {
  await expect
    .poll(() => panelDialog(page).locator('css=.msg-state').count(), { timeout: 15_000 })
    .toBe(0);
}

/** What a page let happen: the trap global, CSP violations, and the links a thread holds. */
function inspect(page: Page, threadSelector: string) {
  return page.evaluate((selector) => {
    const root = document.querySelector('[data-destek]')?.shadowRoot ?? document;
    const list = root.querySelector(selector);
    return {
      pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
      violations: (window as unknown as { __violations: string[] }).__violations.slice(),
      tags: [...new Set([...(list?.querySelectorAll('*') ?? [])].map((el) => el.localName))],
      links: [...(list?.querySelectorAll('a') ?? [])].map((a) => ({
        href: a.getAttribute('href') ?? '',
        rel: a.getAttribute('rel'),
        target: a.getAttribute('target'),
      })),
    };
  }, threadSelector);
}

/** Opening hours in UTC that never include the current hour: the next twelve hours are closed. */
function hoursExcludingNow() {
  const start = (new Date().getUTCHours() + 12) % 24;
  const clock = (hour: number) => `${String(hour).padStart(2, '0')}:00`;
  const open: [string, string][] = [[clock(start), clock(start + 1)]];
  return {
    timeZone: 'UTC',
    weekly: { mon: open, tue: open, wed: open, thu: open, fri: open, sat: open, sun: open },
  };
}

beforeAll(async () => {
  rig = await startRig({ console: true });
  ({ pages, server, browser } = rig);
  stored = agentApi(server.url);
  consoleUrl = `${server.url}/console/`;
  pages.set('/', hostPage(server.url));
  desk = await openConsole(consoleUrl, deskErrors);
}, 120_000);

afterAll(async () => {
  for (const context of contexts) await context.close();
  await rig?.stop();
}, 60_000);

describe('a visitor and an agent in the console, in two contexts of one Chromium', () => {
  it('moves the visitor up the queue as the agent claims earlier chats in the console', async () => {
    const earlier = ['Earlier visitor: my bonus is missing', 'Earlier visitor: my limit is wrong'];
    for (const text of earlier) await startOtherChat(server.url, text);
    shopper = await visitor();
    const page = shopper.page;
    await startChat(page, SUMMARY);
    const dialog = panelDialog(page);
    await dialog.getByText('Your place in the queue: 3.', { exact: false }).waitFor();
    await queueCard(desk, SUMMARY).getByText('#3', { exact: true }).waitFor({ timeout: 15_000 });

    await claimChat(desk, earlier[0] ?? '');
    await dialog.getByText('Your place in the queue: 2.', { exact: false }).waitFor();
    await claimChat(desk, earlier[1] ?? '');
    await dialog.getByText('Your place in the queue: 1.', { exact: false }).waitFor();

    conversationId = await claimChat(desk, SUMMARY);
    await dialog.getByRole('heading', { name: 'Chatting with Aylin' }).waitFor();
    await transcript(desk).getByText(SUMMARY).waitFor();
    said = [SUMMARY];
  }, 90_000);

  it('carries lines both ways in the order they were sent, with typing shown on each side', async () => {
    const page = shopper.page;
    const dialog = panelDialog(page);
    await messageBox(page).fill('It was 250 TRY');
    await desk.getByText('The visitor is typing…').waitFor({ timeout: 15_000 });
    await messageBox(page).press('Enter');
    await acknowledged(page);

    const reply = desk.getByLabel('Your reply');
    await reply.fill('I see it pending.');
    await dialog.getByText('Aylin is typing…').waitFor({ timeout: 15_000 });
    await reply.press('Enter');
    await expect.poll(() => reply.inputValue(), { timeout: 15_000 }).toBe('');
    await say(page, 'Paid by card at 10:05');
    await acknowledged(page);
    await sendReply(desk, 'It is credited now.');

    said = [
      ...said,
      'It was 250 TRY',
      'I see it pending.',
      'Paid by card at 10:05',
      'It is credited now.',
    ];
    await expect.poll(() => thread(page), { timeout: 15_000 }).toEqual(said);
    await expect.poll(() => transcriptTexts(desk), { timeout: 15_000 }).toEqual(said);
    const messages = (await stored.conversation(conversationId)).messages;
    expect(messages.map((m) => m.text)).toEqual(said);
  }, 90_000);

  it('keeps forty hostile payloads inert on both pages, shown as typed, with only safe links', async () => {
    const page = shopper.page;
    const payloads = hostilePayloads();
    expect(payloads).toHaveLength(40);
    for (const payload of payloads) await sendReply(desk, payload);
    for (const payload of payloads) await say(page, payload);
    // The visitor's words leave the page redacted (as reports do); nothing else changes them.
    const typed = payloads.map((payload) => redactText(payload).text);
    said = [...said, ...payloads, ...typed];
    await expect.poll(() => thread(page), { timeout: 60_000 }).toEqual(said);
    await expect.poll(() => transcriptTexts(desk), { timeout: 30_000 }).toEqual(said);
    // The server keeps what each side typed as it was typed.
    const messages = (await stored.conversation(conversationId)).messages;
    expect(messages.map((m) => m.text)).toEqual(said);

    const sides = [
      // Only what each UI draws itself: no element came from a message.
      { page, selector: '.thread', own: ['li', 'span', 'div', 'a', 'ul', 'button'] },
      { page: desk, selector: '.transcript', own: ['ol', 'li', 'p', 'span', 'time', 'div', 'a'] },
    ];
    for (const side of sides) {
      const seen = await inspect(side.page, side.selector);
      expect(seen.pwned).toBeNull();
      expect(seen.violations).toEqual([]);
      expect(seen.tags.filter((tag) => !side.own.includes(tag))).toEqual([]);
      expect(seen.links.length).toBeGreaterThan(0);
      for (const link of seen.links) {
        expect(link.href).toMatch(/^(https?:\/\/|mailto:)/);
        expect(link).toMatchObject({ rel: 'noopener noreferrer', target: '_blank' });
      }
    }
    const host = await page.evaluate(() => {
      const body = document.querySelector('[data-destek]')?.shadowRoot?.querySelector('.body');
      return {
        sideways: body ? body.scrollWidth - body.clientWidth : 0,
        bodyChildren: [...document.body.children].map((el) => el.localName),
      };
    });
    expect(host.bodyChildren).toEqual(['h1', 'script', 'div']);
    expect(host.sideways).toBeLessThanOrEqual(1);
  }, 180_000);

  it('after a 10 s network cut shows the replies and the close from meanwhile once, in order', async () => {
    const { page, context } = shopper;
    const dialog = panelDialog(page);
    const cutAt = Date.now();
    await context.setOffline(true);
    await dialog
      .getByText(/You are offline|Connection lost|Connecting…/)
      .first()
      .waitFor({ timeout: 20_000 });
    const meanwhile = ['First during the cut', 'Second during the cut', 'Third during the cut'];
    for (const text of meanwhile) await sendReply(desk, text);
    await closeChat(desk, 'Resolved while you were away.');
    expect(await thread(page)).toEqual(said);
    // Hold the cut for ten seconds in all, as a tunnel or a lift would.
    await page.waitForTimeout(Math.max(0, 10_000 - (Date.now() - cutAt)));
    await context.setOffline(false);

    await dialog.getByRole('heading', { name: 'Chat ended' }).waitFor({ timeout: 30_000 });
    said = [...said, ...meanwhile];
    await expect.poll(() => thread(page), { timeout: 20_000 }).toEqual(said);
    await dialog.getByText('Resolved while you were away.').waitFor();
    expect(await transcriptTexts(desk)).toEqual(said);
    expect(await stored.conversation(conversationId)).toMatchObject({ status: 'ended' });
  }, 90_000);

  it('stores the visitor’s stars and comment, which the console’s metrics show', async () => {
    const { page, log } = shopper;
    const dialog = panelDialog(page);
    await dialog.getByRole('radio', { name: '4 stars out of 5' }).check({ force: true });
    await dialog.getByLabel('Comment (optional)').fill('Fast and friendly');
    await dialog.getByRole('button', { name: 'Send rating' }).click();
    await dialog.getByText('Thank you for your rating.').first().waitFor();
    expect(await stored.conversation(conversationId)).toMatchObject({
      rating: 4,
      ratingComment: 'Fast and friendly',
    });

    await desk.getByRole('link', { name: 'Metrics' }).click();
    await desk.getByRole('heading', { name: 'Metrics', level: 1 }).waitFor();
    const rated = desk
      .getByRole('region', { name: 'Latest ratings' })
      .getByRole('listitem')
      .filter({ hasText: 'Fast and friendly' });
    await rated.waitFor({ timeout: 15_000 });
    expect(await rated.locator('css=.score').textContent()).toBe('4 / 5');
    // The whole chat, both pages: nothing thrown, nothing the CSPs refused.
    expect(log.errors).toEqual([]);
    expect(deskErrors).toEqual([]);
    expect(await inspect(desk, '.transcript')).toMatchObject({ pwned: null, violations: [] });
  }, 60_000);

  it('follows an open chat after a reload: badge, host events, and the whole thread', async () => {
    const { page } = await visitor();
    const summary = 'Reload visitor: bonus not credited';
    await startChat(page, summary);
    const id = await claimChat(desk, summary);
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
    const badge = page.locator('[data-destek] >> css=.launcher-badge');
    await expect.poll(() => badge.count(), { timeout: 20_000 }).toBe(0);
    await sendReply(desk, 'Answered after your reload');
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

  it('after hours, files the message as a ticket whose reply from the console arrives by e-mail', async () => {
    const sink = await startMailSink();
    let closed: ReferenceServer | undefined;
    let lateDesk: Page | undefined;
    let lateVisitor: BrowserContext | undefined;
    try {
      closed = await startReferenceServer([pages.origin], {
        consoleDir: rig.consoleDir,
        businessHours: hoursExcludingNow(),
        mail: {
          host: '127.0.0.1',
          port: sink.port,
          from: 'Shop Support <support@shop.example.com>',
          retryDelayMs: 100,
          timeoutMs: 5000,
        },
      });
      pages.set('/after-hours', hostPage(closed.url));
      // The agent is online: only the hours keep the chat from being offered.
      lateDesk = await openConsole(`${closed.url}/console/`, deskErrors);
      const status = await fetch(`${closed.url}/v1/status`).then((r) => r.json());
      expect(status).toMatchObject({ agentsOnline: 1, businessHours: { open: false } });

      const { page, context } = await visitor('/after-hours');
      lateVisitor = context;
      await openPanel(page);
      await page.getByRole('button', { name: /Chat with us/ }).click();
      const dialog = panelDialog(page);
      await dialog.getByRole('heading', { name: 'Leave a message' }).waitFor();
      const summary = 'Left message: card refund missing';
      await page.getByLabel('Summary', { exact: false }).fill(summary);
      await page.getByLabel('Category', { exact: false }).selectOption('payment');
      await page.getByLabel('Your e-mail (optional)', { exact: false }).fill('ayla@example.com');
      await page.getByRole('button', { name: 'Send message' }).click();
      await dialog.getByRole('heading', { name: 'Message saved' }).waitFor();
      const reference = (await dialog.locator('css=.reference').textContent()) ?? '';
      expect(reference).toMatch(/^DT-[0-9A-Z]{6}$/);

      await openTicket(lateDesk, reference);
      await lateDesk.getByText('Replies e-mailed to ayla@example.com').waitFor();
      const answer = 'We found your card refund: it reaches your account on Friday.';
      await replyToTicket(lateDesk, answer);
      const mail = await sink.waitFor((m) => m.subject.includes('Reply to your request'));
      expect(mail.to).toEqual(['ayla@example.com']);
      expect(mail.subject).toContain(reference);
      expect(mail.text).toContain(answer);
      // The visitor was told by mail first that the message was saved, with its words.
      const saved = await sink.waitFor((m) => m.subject.includes('We saved your message'));
      expect(saved.text).toContain(summary);
      expect(deskErrors).toEqual([]);
    } finally {
      // Closed first: the server's shutdown waits (up to 2 s) for their open streams.
      await lateVisitor?.close();
      await lateDesk?.context().close();
      await closed?.stop();
      await sink.close();
    }
  }, 90_000);
});
