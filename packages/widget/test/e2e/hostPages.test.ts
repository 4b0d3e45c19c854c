import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillReportToReview, openPanel, panelDialog, referenceShown } from './support/panel.ts';
import { strictCsp } from './support/shopPage.ts';
import type { PageServer } from './support/startPageServer.ts';
import { type ReferenceServer, SITE_KEY } from './support/startReferenceServer.ts';
import { type Rig, startRig } from './support/startRig.ts';
import { type PageLog, watchPage } from './support/watchPage.ts';

// Host pages as site owners write them, served with the built script from
// their own origin, against the reference server as its own process.
let rig: Rig;
let pages: PageServer;
let server: ReferenceServer;
let browser: Browser;

beforeAll(async () => {
  rig = await startRig();
  ({ pages, server, browser } = rig);
}, 90_000);

afterAll(() => rig?.stop());

/**
 * The only hosts a page with the widget may talk to: its own and the support
 * server's. (A flow that never needs the server, such as only opening the
 * panel, does not contact it at all: the session opens on first need.)
 */
function expectOnlyAllowedHosts(log: PageLog): void {
  expect(log.requests.length).toBeGreaterThan(0);
  const allowed = [new URL(pages.origin).host, new URL(server.url).host];
  expect(log.hosts()).toContain(allowed[0]);
  expect(log.hosts().filter((host) => !allowed.includes(host))).toEqual([]);
}

async function sendAndReadReference(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Send report' }).click();
  return referenceShown(page);
}

describe('a strict-CSP host page', () => {
  const nonce = 'R4nd0m';
  it('files a report with no securitypolicyviolation at all', async () => {
    pages.set('/csp', {
      headers: { 'content-security-policy': strictCsp(server.url, nonce) },
      html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bank</title></head>
<body><h1>Strict bank</h1>
<script async nonce="${nonce}" src="/widget/destek.js" data-server="${server.url}" data-site-key="${SITE_KEY}"></script>
</body></html>`,
    });
    const page = await browser.newPage();
    const log = watchPage(page);
    const cspConsole: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspConsole.push(message.text());
    });
    // Runs before any page script; init scripts are not themselves subject to the page's CSP.
    await page.addInitScript(() => {
      const seen: string[] = [];
      Object.defineProperty(window, '__violations', { value: seen });
      document.addEventListener(
        'securitypolicyviolation',
        (event) => {
          seen.push(
            `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber} sample=${event.sample}`,
          );
        },
        true,
      );
    });
    await page.goto(`${pages.origin}/csp`);
    await openPanel(page);
    await fillReportToReview(page);
    const reference = await sendAndReadReference(page);
    expect(reference).toMatch(/^DT-[0-9A-Z]{6}$/);

    const violations = await page.evaluate(
      () => (window as unknown as { __violations: string[] }).__violations,
    );
    expect(violations).toEqual([]);
    expect(cspConsole).toEqual([]);
    expect(log.errors).toEqual([]);
    expectOnlyAllowedHosts(log);
    await page.close();
  }, 45_000);
});

describe('a hostile host page', () => {
  const hostileCss = `* { all: unset !important }
html { font-size: 40px !important }
button { font-size: 22px !important }`;

  it('still files a report, throws nothing and leaves the page outside its element untouched', async () => {
    pages.set('/hostile', {
      html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hostile</title>
<style>${hostileCss}</style>
<script>
  // Wrappers a host might install (polyfills, analytics); they still do their job.
  window.__patchedCalls = 0;
  var map = Array.prototype.map;
  Array.prototype.map = function () { window.__patchedCalls++; return map.apply(this, arguments); };
  var stringify = JSON.stringify;
  JSON.stringify = function () { window.__patchedCalls++; return stringify.apply(JSON, arguments); };
  function __hostDom() {
    var copy = document.body.cloneNode(true);
    copy.querySelectorAll('[data-destek]').forEach(function (el) { el.remove(); });
    return copy.innerHTML;
  }
  document.addEventListener('DOMContentLoaded', function () { window.__before = __hostDom(); });
</script>
<script async src="/widget/destek.js" data-server="${server.url}" data-site-key="${SITE_KEY}"></script>
</head>
<body><header><h1>Casino</h1><nav><a href="#a">A</a> <button type="button">Menu</button></nav></header>
<main><p id="intro">Welcome <strong>back</strong>.</p><form><input name="q" value="search"></form></main>
</body></html>`,
    });
    const page = await browser.newPage();
    const log = watchPage(page);
    await page.goto(`${pages.origin}/hostile`);
    await openPanel(page);
    await fillReportToReview(page);
    const reference = await sendAndReadReference(page);
    expect(reference).toMatch(/^DT-[0-9A-Z]{6}$/);

    // The widget's own sizes are in px inside its shadow root: the host's 40px rem does not reach them.
    const heading = panelDialog(page).getByRole('heading', { name: 'Report sent' });
    const fontSize = await heading.evaluate((el) => getComputedStyle(el).fontSize);
    expect(Number.parseFloat(fontSize)).toBeLessThan(30);

    const dom = await page.evaluate(() => {
      const w = window as unknown as {
        __before: string;
        __hostDom: () => string;
        __patchedCalls: number;
      };
      return { before: w.__before, after: w.__hostDom(), calls: w.__patchedCalls };
    });
    expect(dom.before).toContain('Welcome <strong>back</strong>');
    expect(dom.after).toBe(dom.before);
    // The patched built-ins were really in the widget's path.
    expect(dom.calls).toBeGreaterThan(0);
    expect(log.errors).toEqual([]);
    expectOnlyAllowedHosts(log);
    await page.close();
  }, 45_000);
});

describe('the loader snippet', () => {
  it('replays open and on made before destek.js arrives, once init comes', async () => {
    const snippet = (await readFile(join(rig.scriptDir, 'snippet.min.js'), 'utf8')).replace(
      'https://support.example.com/widget/destek.js',
      `${pages.origin}/widget/destek.js`,
    );
    expect(snippet).toContain(`${pages.origin}/widget/destek.js`);
    pages.set('/snippet', {
      html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Snippet</title></head>
<body><h1>App</h1>
<script>
  ${snippet}
  window.__opens = 0;
  Destek('open');
  Destek('on', 'open', function () { window.__opens++; });
  Destek('init', { server: ${JSON.stringify(server.url)}, siteKey: ${JSON.stringify(SITE_KEY)} });
  window.__queued = window.Destek.q.length;
</script>
</body></html>`,
    });
    const page = await browser.newPage();
    const log = watchPage(page);
    await page.goto(`${pages.origin}/snippet`);
    const dialog = panelDialog(page);
    await dialog.getByRole('button', { name: 'Report a problem' }).waitFor();
    expect(await dialog.isVisible()).toBe(true);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __opens: number }).__opens))
      .toBe(1);
    // All three calls waited in the snippet's queue: destek.js had not run yet.
    expect(await page.evaluate(() => (window as unknown as { __queued: number }).__queued)).toBe(3);
    expect(log.errors).toEqual([]);
    expectOnlyAllowedHosts(log);
    await page.close();
  }, 45_000);
});

describe('a site the server does not know', () => {
  it('tells the site owner in the console what to fix, and the user that it is not their fault', async () => {
    pages.set('/unknown-site', {
      html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Wrong key</title>
<script async src="/widget/destek.js" data-server="${server.url}" data-site-key="pk_not_configured_here"></script>
</head><body><p>A page pasted with a site key the server does not have.</p></body></html>`,
    });
    const page = await browser.newPage();
    const log = watchPage(page);
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await page.goto(`${pages.origin}/unknown-site`);
    await openPanel(page);
    await panelDialog(page)
      .getByRole('button', { name: /My requests/ })
      .click();
    await expect
      .poll(() => consoleErrors.find((text) => text.includes('refused this page')), {
        timeout: 15_000,
      })
      .toContain('(unknown_site)');
    expect(consoleErrors.find((text) => text.includes('refused this page'))).toContain(
      pages.origin,
    );
    // The visible message (the live region repeats it for screen readers).
    await panelDialog(page)
      .locator('p.error', { hasText: /its support settings need fixing/ })
      .waitFor({ timeout: 15_000 });
    expect(log.errors).toEqual([]);
    await page.close();
  }, 45_000);
});
