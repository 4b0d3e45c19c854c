import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../e2e/support/launchChromium.ts';
import { openPanel, panelDialog, REPORT, referenceShown } from '../e2e/support/panel.ts';
import { type PageServer, startPageServer } from '../e2e/support/startPageServer.ts';
import { type PageLog, watchPage } from '../e2e/support/watchPage.ts';
import { type Clone, cloneHead } from './cloneHead.ts';
import { freePort, listening } from './freePort.ts';
import { LIME, limePixels } from './limePixels.ts';
import { pasteScriptTag } from './pasteScriptTag.ts';
import { demoCommand } from './readQuickStart.ts';
import { type Demo, type DemoPorts, startDemo } from './startDemo.ts';

// The newcomer's path, end to end: a clean clone of the committed HEAD, the
// README's own demo command run in it, then three people in one Chromium. A
// site owner pastes the documented script tag into a plain page of their own;
// a user files a report with a captured, masked screenshot and starts a chat;
// the agent answers both in the console at /console/, signed in with the demo
// token; the user reads the reply under My requests.
// DESTEK_NEWCOMER_REPO points it at another repository (a branch, or a drifted README).
const REPOSITORY = process.env.DESTEK_NEWCOMER_REPO ?? resolve(import.meta.dirname, '../../../..');

let clone: Clone;
let owner: PageServer;
let ports: DemoPorts;
let demo: Demo;
let browser: Browser;
let agent: Page;
let user: Page;
let userLog: PageLog;
let reference = '';
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  clone = await cloneHead(REPOSITORY);
  // The owner serves the widget's files from their own origin, once the demo has built them.
  owner = await startPageServer(join(clone.dir, 'packages/widget/dist/script'));
  await allowOwnerAtAnyHour(owner.origin);
  ports = { server: await freePort(), page: await freePort() };
  const readme = await readFile(join(clone.dir, 'README.md'), 'utf8');
  [demo, browser] = await Promise.all([
    startDemo(clone.dir, demoCommand(readme), ports),
    // Accepts "share this tab" by itself, where a person would click Allow.
    launchChromium(['--auto-accept-this-tab-capture']),
  ]);
}, 240_000);

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => {});
  await browser?.close();
  await demo?.stop();
  await owner?.stop();
  await clone?.remove();
}, 60_000);

/**
 * What the operator of this demo changes in its config, as docs/server.md
 * says: the owner's page origin among the site's allowed origins, and no
 * business hours, so that a chat finds the agent whatever the hour the test runs.
 */
async function allowOwnerAtAnyHour(origin: string): Promise<void> {
  const path = join(clone.dir, 'packages/server/demo/destek.config.json');
  const config = JSON.parse(await readFile(path, 'utf8'));
  config.sites[0].allowedOrigins.push(origin);
  delete config.businessHours;
  await writeFile(path, JSON.stringify(config, null, 2));
}

async function newPage(viewport = { width: 1280, height: 800 }): Promise<Page> {
  const context = await browser.newContext({ viewport });
  contexts.push(context);
  return context.newPage();
}

/** The owner's page: a password field in lime (what must never leave it), and the pasted tag. */
async function ownerPage(): Promise<string> {
  const guide = await readFile(join(clone.dir, 'docs/getting-started.md'), 'utf8');
  const sri = JSON.parse(
    await readFile(join(clone.dir, 'packages/widget/dist/script/sri.json'), 'utf8'),
  );
  const tag = pasteScriptTag(guide, {
    scriptUrl: `${owner.origin}/widget/destek.js`,
    integrity: sri['destek.js'],
    server: demo.server,
    siteKey: demo.siteKey,
  });
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Kasa sign-in</title>
<style>
  body { margin: 0; font: 20px sans-serif; background: #fff; color: #222; }
  #pw { position: absolute; left: 80px; top: 140px; width: 440px; height: 56px;
    background: ${LIME}; color: ${LIME}; border: 0; font: 700 30px sans-serif; }
</style></head>
<body>
<h1>Sign in to Kasa</h1>
<label>Password <input id="pw" type="password" value="hunter2hunter2"></label>
${tag}
</body>
</html>`;
}

describe('the newcomer path: clone, README demo, owner, user, agent', () => {
  it('starts the demo from a clean clone with the README command, as printed', async () => {
    expect(demo.server).toBe(`http://127.0.0.1:${ports.server}`);
    expect(demo.consoleUrl).toBe(`${demo.server}/console/`);
    const status = await fetch(`${demo.server}/v1/status`);
    expect(status.ok).toBe(true);
  });

  it('a site owner pastes the documented script tag into a plain page; the widget starts', async () => {
    owner.set('/', { html: await ownerPage() });
    user = await newPage();
    userLog = watchPage(user);
    await user.goto(`${owner.origin}/`);
    await user.locator('[data-destek] >> css=button.launcher').waitFor({ timeout: 30_000 });
    // The tag's hash matched (the browser runs no script that fails it); the widget waits for
    // the launcher to be used before it calls the server.
    expect(userLog.hosts()).toEqual([new URL(owner.origin).host]);
  }, 60_000);

  it('the agent signs in to the console with the demo token and is online', async () => {
    agent = await newPage();
    await agent.goto(demo.consoleUrl);
    await agent.getByLabel('Agent token').fill(demo.agentToken);
    // Signing in turns the Online switch on, which the console tells the server in a request of its own.
    const online = agent.waitForResponse(
      (response) =>
        response.url().endsWith('/v1/agent/presence') &&
        response.request().postData() === '{"online":true}' &&
        response.ok(),
    );
    await agent.getByRole('button', { name: 'Sign in' }).click();
    await agent.getByRole('heading', { name: 'Queue', level: 1 }).waitFor({ timeout: 30_000 });
    await online;
    expect(await agent.getByRole('switch', { name: 'Online' }).getAttribute('aria-checked')).toBe(
      'true',
    );
  }, 60_000);

  it('the user files a report with a captured screenshot of the tab', async () => {
    // What the capture starts from: the password field shows in lime on the page.
    expect((await limePixels(user, await user.screenshot())).lime).toBeGreaterThan(400 * 50);
    await openPanel(user);
    await user.getByRole('button', { name: /Report a problem/ }).click();
    await user.getByLabel('Summary', { exact: false }).fill(REPORT.summary);
    await user.getByLabel('Category', { exact: false }).selectOption('payment');
    const next = () => user.getByRole('button', { name: 'Next', exact: true }).click();
    await next();
    await next();
    await user.getByLabel('What happened instead?', { exact: false }).fill(REPORT.observed);
    await next();
    await user.getByRole('button', { name: 'Capture this tab' }).click();
    await user.getByRole('heading', { name: 'Edit the screenshot' }).waitFor({ timeout: 30_000 });
    // The one password field on the page, found by the widget before anything leaves it.
    await user.getByText('1 private area was hidden automatically.').waitFor();
    await user.getByRole('button', { name: 'Attach' }).click();
    await user.getByText(/screenshot-.*\.webp \(/).waitFor({ timeout: 30_000 });
    await next();
    await user.getByLabel('Your e-mail', { exact: false }).fill(REPORT.email);
    await user.getByRole('button', { name: 'Send report' }).click();
    reference = await referenceShown(user, 60_000);
  }, 120_000);

  it('the user starts a chat; the agent claims it and answers in the console', async () => {
    const dialog = panelDialog(user);
    await dialog.getByRole('button', { name: 'Done' }).click();
    await dialog.getByRole('button', { name: /Chat with us/ }).click();
    await dialog.getByLabel('Summary', { exact: false }).fill('Is my deposit on its way?');
    await dialog.getByLabel('Category', { exact: false }).selectOption('payment');
    await dialog.getByRole('button', { name: 'Start chat' }).click();
    await dialog.getByRole('heading', { name: 'Waiting for an agent' }).waitFor();

    const card = agent.getByRole('listitem').filter({ hasText: 'Is my deposit on its way?' });
    await card.waitFor({ timeout: 30_000 });
    await card.getByRole('button', { name: 'Claim' }).click();
    await agent.getByRole('heading', { name: 'Chat', level: 1 }).waitFor();
    const box = agent.getByLabel('Your reply');
    await box.fill('Yes: it left the bank this morning.');
    await box.press('Enter');

    await dialog.getByRole('heading', { name: /Chatting with/ }).waitFor({ timeout: 30_000 });
    // In the thread (the panel's live region repeats it for screen readers).
    await dialog
      .locator('css=.thread .bubble', { hasText: 'Yes: it left the bank this morning.' })
      .waitFor({ timeout: 30_000 });
  }, 120_000);

  it('the agent gets the screenshot masked and answers the report; the user reads it under My requests', async () => {
    await agent.getByRole('link', { name: 'Tickets' }).click();
    await agent.getByRole('heading', { name: 'Tickets', level: 1 }).waitFor();
    await agent.getByRole('link', { name: new RegExp(reference) }).click();
    await agent.getByRole('heading', { name: /My deposit has not arrived/, level: 1 }).waitFor();

    const attachments = agent.getByRole('list', { name: 'Attachments' });
    const [download] = await Promise.all([
      agent.waitForEvent('download'),
      attachments.getByRole('button', { name: /^screenshot-.*\.webp$/ }).click(),
    ]);
    const image = await readFile(await download.path());
    const seen = await limePixels(agent, image);
    expect(seen.width).toBeGreaterThan(600);
    // The password field was masked before the image left the user's browser.
    expect(seen.lime).toBe(0);

    await agent.getByLabel('Reply to the user').fill('We found your deposit; it is credited now.');
    await agent.getByRole('button', { name: 'Send reply' }).click();
    await agent
      .getByRole('listitem')
      .filter({ hasText: 'We found your deposit' })
      .first()
      .waitFor();

    // The user, on a later visit, opens My requests.
    await user.reload();
    await openPanel(user);
    const dialog = panelDialog(user);
    await dialog.getByRole('button', { name: /My requests/ }).click();
    await dialog.getByRole('button', { name: new RegExp(`^${reference}:`) }).click();
    await dialog.getByRole('heading', { name: `Request ${reference}` }).waitFor();
    await dialog
      .getByRole('listitem')
      .filter({ hasText: 'We found your deposit; it is credited now.' })
      .waitFor({ timeout: 30_000 });
    expect(userLog.errors).toEqual([]);
    // The user's browser talked to the owner's site and the demo's server, nothing else.
    expect(userLog.hosts()).toEqual([new URL(owner.origin).host, new URL(demo.server).host].sort());
  }, 120_000);

  it('stops the whole demo: nothing is left listening on its ports', async () => {
    await demo.stop();
    expect(await listening(ports.server)).toBe(false);
    expect(await listening(ports.page)).toBe(false);
  }, 60_000);
});
