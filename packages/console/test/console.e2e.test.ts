import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeChat, replyToTicket, transcript } from './support/agentConsole.ts';
import { type ConsoleRig, startConsoleRig } from './support/startConsoleRig.ts';
import { AGENT_TOKEN, CANNED } from './support/startDestekServer.ts';
import { openVisitor, type Visitor, type VisitorStream } from './support/visitor.ts';

// The agent console in real Chromium against the real server (its own
// process, SQLite in a temp folder); the visitor side is driven over HTTP.
// The tests run in order and share one page, as one agent's shift would.

/** Screens are photographed at both sizes when DESTEK_CONSOLE_SHOTS names a folder. */
const SHOTS = process.env.DESTEK_CONSOLE_SHOTS;
const SIZES = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
];

/** Things a visitor may type that must stay text. Each would push to `__pwned` if run. */
const HOSTILE = [
  `<img src=x onerror="__pwned.push('img')">`,
  `<script>__pwned.push('script')</script>`,
  `javascript:__pwned.push('js-link')`,
  `<a href="javascript:__pwned.push('anchor')">click me</a>`,
  `[click](javascript:__pwned.push('markdown'))`,
  `data:text/html,<script>__pwned.push('data')</script>`,
  `<svg onload="__pwned.push('svg')"></svg>`,
];
const FIRST_MESSAGE = `My deposit is missing <img src=x onerror="__pwned.push('preview')">`;
const SAFE_LINK = 'https://example.com/help?topic=deposit&lang=en';

let rig: ConsoleRig;
let context: BrowserContext;
let page: Page;
let visitor: Visitor;
let stream: VisitorStream | undefined;
let conversationId = '';
const pageErrors: string[] = [];

beforeAll(async () => {
  rig = await startConsoleRig();
  context = await rig.browser.newContext({ viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(`${error.name}: ${error.message}`));
  // Init scripts run before the page's and are not subject to its CSP.
  await page.addInitScript(() => {
    const record = (list: string[]) => Object.freeze({ push: (item: string) => list.push(item) });
    const pwned: string[] = [];
    const violations: string[] = [];
    Object.defineProperty(window, '__pwned', { value: record(pwned) });
    Object.defineProperty(window, '__pwnedList', { value: pwned });
    Object.defineProperty(window, '__violations', { value: violations });
    window.alert = () => pwned.push('alert');
    document.addEventListener(
      'securitypolicyviolation',
      (event) => violations.push(`${event.effectiveDirective} ${event.blockedURI || '(inline)'}`),
      true,
    );
  });
  visitor = await openVisitor(rig.server.url);
}, 120_000);

afterAll(async () => {
  stream?.stop();
  await context?.close();
  await rig?.stop();
});

async function shoot(name: string): Promise<void> {
  if (!SHOTS) return;
  await mkdir(SHOTS, { recursive: true });
  const take = async (file: string) => {
    // From the top: a full-page shot of a scrolled page draws the sticky bar mid-page.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SHOTS, file), fullPage: true });
  };
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await take(`${name}-${size.name}.png`);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await take(`${name}-desktop-dark.png`);
  await page.emulateMedia({ colorScheme: 'light' });
}

// Generous: two cores shared by several people, and screenshots when asked for.
describe('the agent console', { timeout: 45_000 }, () => {
  it('refuses a wrong token with a clear error', async () => {
    const response = await page.goto(rig.consoleUrl);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.getByLabel('Agent token').fill('not-a-real-agent-token-000000000000');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('This agent token is not valid');
    expect(await page.getByLabel('Agent token').getAttribute('aria-invalid')).toBe('true');
    await shoot('login-error');
  });

  it('signs in from the keyboard, keeping the token in this tab’s sessionStorage and out of the URL', async () => {
    await page.getByLabel('Agent token').fill(AGENT_TOKEN);
    await page.getByLabel('Agent token').press('Enter');
    await page.getByRole('heading', { name: 'Queue', level: 1 }).waitFor();
    await page.getByText('Nobody is waiting.').waitFor();
    expect(page.url()).not.toContain(AGENT_TOKEN);
    const stored = await page.evaluate(() => ({
      session: sessionStorage.getItem('destek.console.token'),
      local: localStorage.length,
    }));
    expect(stored).toEqual({ session: JSON.stringify(AGENT_TOKEN), local: 0 });
    expect(await page.getByRole('switch', { name: 'Online' }).getAttribute('aria-checked')).toBe(
      'true',
    );
  });

  it('shows a waiting visitor in the queue, their words as text, and claims the chat', async () => {
    const started = await visitor.startChat(FIRST_MESSAGE);
    // Queued, not turned into a ticket: the console made the agent count as online.
    expect(started.status).toBe('queued');
    conversationId = started.id;
    stream = await visitor.listen(conversationId);

    const card = page.getByRole('listitem').filter({ hasText: 'My deposit is missing' });
    await card.waitFor({ timeout: 15_000 });
    expect(await card.textContent()).toContain(`onerror="__pwned.push('preview')"`);
    expect(await card.getByText('#1').count()).toBe(1);
    await shoot('queue');

    // By keyboard; focus then lands on the new screen's heading.
    await card.getByRole('button', { name: 'Claim' }).press('Enter');
    await page.getByRole('heading', { name: 'Chat', level: 1 }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Chat');
    await transcript(page).getByText('My deposit is missing').waitFor();
    await page.getByText('Live', { exact: true }).waitFor();
    const claimed = await stream.until((e) => e.type === 'agent' && e.agent !== null);
    expect(claimed.type === 'agent' && claimed.agent?.name).toBe('Aylin');
  });

  it('lists the claimed chat under Your chats from the server, and still after a reload', async () => {
    await page.getByRole('link', { name: /Queue/ }).click();
    const mine = page.getByRole('region', { name: 'Your chats' });
    const row = mine.getByRole('link', { name: /My deposit is missing/ });
    await row.waitFor();
    // What the page saw so far is checked now: the reload starts a fresh document.
    const before = await page.evaluate(() => ({
      violations: (window as unknown as { __violations: string[] }).__violations.slice(),
      pwned: (window as unknown as { __pwnedList: string[] }).__pwnedList.slice(),
    }));
    expect(before).toEqual({ violations: [], pwned: [] });

    await page.reload();
    await row.waitFor();
    // Only the token and the switch are kept in the tab; the chats and "me" come from the server.
    const kept = await page.evaluate(() => Object.keys(sessionStorage).sort());
    expect(kept).toEqual(['destek.console.online', 'destek.console.token']);
    await row.click();
    await page.getByRole('heading', { name: 'Chat', level: 1 }).waitFor();
    await page.getByText('Aylin (you)').waitFor();
    await transcript(page).getByText('My deposit is missing').waitFor();
    await page.getByText('Live', { exact: true }).waitFor();
  });

  it('sends a reply the visitor receives, with typing shown both ways', async () => {
    const box = page.getByLabel('Your reply');
    await box.fill('Hello, I am looking at your deposit now.');
    await stream?.until((e) => e.type === 'typing' && e.from === 'agent' && e.active);
    await box.press('Enter');
    const reply = await stream?.until((e) => e.type === 'message' && e.message.from === 'agent');
    expect(reply?.type === 'message' && reply.message.text).toBe(
      'Hello, I am looking at your deposit now.',
    );
    await transcript(page).getByText('Hello, I am looking at your deposit now.').waitFor();
    expect(await box.inputValue()).toBe('');

    await visitor.typing(conversationId, true);
    await page.getByText('The visitor is typing…').waitFor();
    await visitor.send(conversationId, `Thank you! See ${SAFE_LINK} and mailto:ayla@example.com`);
    await transcript(page).getByText('Thank you!').waitFor();
    await page.getByText('The visitor is typing…').waitFor({ state: 'detached' });

    const link = transcript(page).getByRole('link', { name: SAFE_LINK });
    expect(await link.getAttribute('href')).toBe(SAFE_LINK);
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(
      await transcript(page).getByRole('link', { name: 'mailto:ayla@example.com' }).count(),
    ).toBe(1);
  });

  it('inserts a canned response at the caret, in the chat’s language first, still editable', async () => {
    const picker = page.getByLabel('Canned response');
    const options = await picker.locator('option').allTextContents();
    // The English answer first for this English chat, then the one for every language.
    expect(options).toEqual(['Choose…', 'Card deposit delay (en)', 'Greeting']);
    const box = page.getByLabel('Your reply');
    await box.fill('Hi. ');
    await picker.selectOption({ label: 'Card deposit delay (en)' });
    await page.getByRole('button', { name: 'Insert' }).click();
    expect(await box.inputValue()).toBe(`Hi. ${CANNED[1]?.text}`);
    await box.press('End');
    await box.pressSequentially(' Yours is on its way.');
    expect(await box.inputValue()).toBe(`Hi. ${CANNED[1]?.text} Yours is on its way.`);
    await shoot('chat');
    await box.fill('');
  });

  it('shows every hostile thing a visitor types as text, and runs none of it', async () => {
    for (const payload of HOSTILE) await visitor.send(conversationId, payload);
    for (const payload of HOSTILE) {
      await transcript(page).getByText(payload, { exact: true }).waitFor();
    }
    const inert = await page.evaluate(() => ({
      images: document.querySelectorAll('main img, main svg, main script').length,
      badLinks: [...document.querySelectorAll('a[href]')].filter(
        (a) => !/^(https?:|mailto:|#)/.test(a.getAttribute('href') ?? ''),
      ).length,
      pwned: (window as unknown as { __pwnedList: string[] }).__pwnedList.slice(),
    }));
    expect(inert).toEqual({ images: 0, badLinks: 0, pwned: [] });
  });

  it('closes the chat with a closing note the visitor receives', async () => {
    await closeChat(page, 'Your deposit was credited at 14:05.', '2030-01-15');
    const ended = await stream?.until((e) => e.type === 'status' && e.status === 'ended');
    expect(ended?.type === 'status' && ended.closingNote?.text).toBe(
      'Your deposit was credited at 14:05.',
    );
    expect(ended?.type === 'status' && ended.closingNote?.nextCheckAt?.slice(0, 10)).toBe(
      '2030-01-15',
    );
    expect(await page.getByLabel('Your reply').count()).toBe(0);
    await shoot('chat-ended');
  });

  it('replies to a ticket with a status, changes its priority, and escalates it', async () => {
    const receipt = await visitor.fileReport(
      `Withdrawal stuck <img src=x onerror="__pwned.push('summary')">`,
      'PMT-105: transaction declined <script>__pwned.push("observed")</script>',
    );
    await page.getByRole('link', { name: 'Tickets' }).click();
    await page.getByRole('heading', { name: 'Tickets', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'New', exact: true }).click();
    await page.waitForURL(/status=new/);
    const row = page.getByRole('link', { name: new RegExp(receipt.reference) });
    await row.waitFor();
    await shoot('tickets');
    await row.click();

    await page.getByRole('heading', { name: /Withdrawal stuck/, level: 1 }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(
      `onerror="__pwned.push('summary')"`,
    );
    await page.getByText('PMT-105: transaction declined <script>', { exact: false }).waitFor();

    await replyToTicket(page, 'We found it: the bank held it. It is on its way.', 'solved');

    const seen = await visitor.ticket(receipt.id);
    expect(seen.status).toBe('solved');
    expect(seen.entries.at(-1)).toMatchObject({ from: 'agent', author: 'Aylin' });

    await page.getByLabel('Priority', { exact: true }).selectOption('urgent');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('changed the priority').waitFor();

    await page.getByLabel('Team').fill('payments');
    await page.getByLabel('Reason (optional)').fill('Bank reference needed');
    await page.getByRole('button', { name: 'Escalate to tier 2' }).click();
    await page.getByText('Tier 2, team payments').waitFor();

    // Asked once, the console says so instead of offering to ask again.
    await page.getByRole('button', { name: 'Ask the user for a rating' }).click();
    await page.getByText('The user was asked for a rating.').waitFor();
    expect(await page.getByRole('button', { name: 'Ask the user for a rating' }).count()).toBe(0);
    const asked = await visitor.ticket(receipt.id);
    expect(asked.entries.filter((entry) => entry.from === 'system')).toHaveLength(1);
    await shoot('ticket');
  });

  it('shows the metrics as numbers', async () => {
    await page.getByRole('link', { name: 'Metrics' }).click();
    await page.getByRole('heading', { name: 'Metrics', level: 1 }).waitFor();
    const figure = (label: string) =>
      page.locator('.figure').filter({ has: page.getByText(label, { exact: true }) });
    await figure('Tickets').waitFor();
    expect(await figure('Tickets').locator('.figure-value').textContent()).toMatch(/^[1-9]\d*$/);
    expect(await figure('First response time').locator('.figure-value').textContent()).toMatch(
      /^\d+ (s|min|h)/,
    );
    expect(await figure('First-contact resolution').locator('.figure-value').textContent()).toBe(
      '100%',
    );
    expect(await figure('Chats started').locator('.figure-value').textContent()).toBe('1');
    await shoot('metrics');
  });

  it('going offline stops offering chats, so a new one becomes a ticket; online again takes them', async () => {
    await page.getByRole('link', { name: /Queue/ }).click();
    await page.getByRole('heading', { name: 'Queue', level: 1 }).waitFor();
    const toggle = page.getByRole('switch', { name: 'Online' });
    const saidOffline = page.waitForResponse(
      (r) =>
        r.url().endsWith('/v1/agent/presence') && r.request().postData() === '{"online":false}',
    );
    await toggle.click();
    await saidOffline;
    expect(await toggle.getAttribute('aria-checked')).toBe('false');
    await page.getByRole('button', { name: 'Go online' }).waitFor();
    await shoot('queue-offline');
    const left = await visitor.startChat('Is anyone there?');
    expect(left.status).toBe('ended');
    expect(left.ticketReference).toMatch(/^DT-/);

    const saidOnline = page.waitForResponse(
      (r) => r.url().endsWith('/v1/agent/presence') && r.request().postData() === '{"online":true}',
    );
    await toggle.click();
    await saidOnline;
    expect((await visitor.startChat('Hello again')).status).toBe('queued');
    await page
      .getByRole('listitem')
      .filter({ hasText: 'Hello again' })
      .waitFor({ timeout: 15_000 });
  });

  it('held the strict CSP throughout, with no page errors and nothing run', async () => {
    const result = await page.evaluate(() => ({
      violations: (window as unknown as { __violations: string[] }).__violations.slice(),
      pwned: (window as unknown as { __pwnedList: string[] }).__pwnedList.slice(),
    }));
    expect(result).toEqual({ violations: [], pwned: [] });
    expect(pageErrors).toEqual([]);
  });
});
