import { randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, type ExpectStatic, it } from 'vitest';
import { fillReportToReview, openPanel, panelDialog, referenceShown } from '../support/panel.ts';
import { AGENT_TOKEN, SITE_KEY } from '../support/startReferenceServer.ts';
import { type Rig, startRig } from '../support/startRig.ts';
import { bundleReactApp } from './bundleReactApp.ts';
import { FIXTURES, FRAMED_ELEMENTS } from './fixtures.ts';
import type { FixtureEnv, HostileFixture } from './HostileFixture.ts';
import { type HostProbe, hostChanges, probeHost } from './probeHost.ts';
import { holdWidgetScript, recordViolations, violationsIn, watchHostile } from './watchHostile.ts';

// Issue 8, part 3: the widget in pages written to break it. Each fixture is a
// real HTML page served on 127.0.0.1 with the built destek.js, against the
// reference server as its own process, in one Chromium, a fresh browser
// context each (drafts and the outbox live per origin in IndexedDB).
const PAGES = join(import.meta.dirname, 'pages');
/** Fixtures run side by side; more than this only makes each slower on a 2-core machine. */
const AT_ONCE = 3;
/**
 * One fixture's limit, counted from when it gets its turn (waiting for a turn
 * is not its fault). About 15 s alone on a 2-core machine under a load of 30.
 */
const FIXTURE_LIMIT_MS = 120_000;

let rig: Rig;
let baseEnv: Omit<FixtureEnv, 'nonce'>;
const templates = new Map<string, string>();

beforeAll(async () => {
  // Bundled while the rig starts; a failure is rethrown where it is awaited.
  const reactApp = bundleReactApp();
  reactApp.catch(() => {});
  rig = await startRig();
  const { pages, server, scriptDir } = rig;
  const widgetUrl = `${pages.origin}/widget/destek.js`;
  const snippet = (await readFile(join(scriptDir, 'snippet.min.js'), 'utf8')).replace(
    'https://support.example.com/widget/destek.js',
    widgetUrl,
  );
  if (!snippet.includes(widgetUrl))
    throw new Error('The snippet no longer names its URL as the tests expect');
  baseEnv = {
    origin: pages.origin,
    otherOrigin: pages.otherOrigin,
    server: server.url,
    siteKey: SITE_KEY,
    snippet,
  };
  for (const file of (await readdir(PAGES)).filter((name) => name.endsWith('.html'))) {
    templates.set(file, await readFile(join(PAGES, file), 'utf8'));
  }
  // The host app's own Preact, straight from node_modules, as a site would self-host it.
  const require = createRequire(import.meta.url);
  const preactDir = join(require.resolve('preact/package.json'), '..');
  const js = { 'content-type': 'text/javascript; charset=utf-8' };
  pages.set('/vendor/preact.mjs', {
    html: await readFile(join(preactDir, 'dist/preact.mjs'), 'utf8'),
    headers: js,
  });
  pages.set('/vendor/preact-hooks.mjs', {
    html: await readFile(join(preactDir, 'hooks/dist/hooks.mjs'), 'utf8'),
    headers: js,
  });
  // Another host app's Preact 10, a major older than the widget's.
  const preact10Dir = join(require.resolve('preact10/package.json'), '..');
  pages.set('/vendor/preact10.mjs', {
    html: await readFile(join(preact10Dir, 'dist/preact.module.js'), 'utf8'),
    headers: js,
  });
  pages.set('/vendor/preact10-hooks.mjs', {
    html: await readFile(join(preact10Dir, 'hooks/dist/hooks.module.js'), 'utf8'),
    headers: js,
  });
  pages.set('/vendor/react-app.js', { html: await reactApp, headers: js });
  // What the monitored page asks its own API for.
  pages.set('/api/profile.json', {
    html: '{"name":"Ayla"}',
    headers: { 'content-type': 'application/json' },
  });
}, 120_000);

afterAll(() => rig?.stop());

/** Fills a page's placeholders; every load of a page gets a fresh nonce, as a real site's would. */
function serve(fixture: HostileFixture): FixtureEnv {
  const env: FixtureEnv = { ...baseEnv, nonce: randomBytes(12).toString('base64url') };
  const fill = (text: string) =>
    text
      .replace(/\/\* \{\{SNIPPET\}\}[^*]*\*\//g, env.snippet)
      .replaceAll('{{OTHER_ORIGIN}}', env.otherOrigin)
      .replaceAll('{{ORIGIN}}', env.origin)
      .replaceAll('{{SERVER}}', env.server)
      .replaceAll('{{SITE_KEY}}', env.siteKey)
      .replaceAll('{{NONCE}}', env.nonce);
  for (const [file, html] of templates) {
    if (file === fixture.file || (fixture.framed && file === 'framed.html')) {
      rig.pages.set(`/hostile/${file}`, {
        html: fill(html),
        ...(fixture.headers ? { headers: fixture.headers(env) } : {}),
      });
    }
  }
  return env;
}

interface AgentTicket {
  reference: string;
  summary: string;
}

async function agentTickets(): Promise<AgentTicket[]> {
  const response = await fetch(`${rig.server.url}/v1/agent/tickets?limit=500`, {
    headers: { authorization: `Bearer ${AGENT_TOKEN}` },
  });
  if (response.status !== 200) throw new Error(`agent API answered ${response.status}`);
  return ((await response.json()) as { tickets: AgentTicket[] }).tickets;
}

/** The frame of the page's one iframe, once its document is parsed. */
async function onlyFrame(page: Page): Promise<Frame> {
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  if (!frame) throw new Error('The iframe has no frame');
  await frame.waitForLoadState('domcontentloaded');
  return frame;
}

/** The launcher and the open panel lie wholly inside the window, the launcher big enough to hit. */
async function expectWidgetInView(surface: Frame, expect: ExpectStatic): Promise<void> {
  const boxes = await panelDialog(surface).evaluate((dialog) => {
    const root = dialog.getRootNode() as ShadowRoot;
    const inside = (element: Element | null) => {
      if (!element) return 'missing';
      const r = element.getBoundingClientRect();
      const fits = r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight;
      return fits
        ? 'inside'
        : `outside: ${Math.round(r.left)},${Math.round(r.top)} to ${Math.round(r.right)},${Math.round(r.bottom)} in ${innerWidth}x${innerHeight}`;
    };
    const launcher = root.querySelector('button.launcher');
    return {
      panel: inside(dialog),
      launcher: inside(launcher),
      launcherSize: Math.min(
        launcher?.getBoundingClientRect().width ?? 0,
        launcher?.getBoundingClientRect().height ?? 0,
      ),
    };
  });
  expect.soft(boxes.panel, 'the open panel fits in the window').toBe('inside');
  expect.soft(boxes.launcher, 'the launcher is in the window').toBe('inside');
  expect.soft(boxes.launcherSize, 'the launcher is at least 44 px').toBeGreaterThanOrEqual(44);
}

/** At most `AT_ONCE` fixtures drive the browser together. */
const slots = (() => {
  let free = AT_ONCE;
  const waiting: Array<() => void> = [];
  return {
    async take(): Promise<void> {
      if (free > 0) {
        free -= 1;
        return;
      }
      await new Promise<void>((done) => waiting.push(done));
    },
    give(): void {
      const next = waiting.shift();
      if (next) next();
      else free += 1;
    },
  };
})();

/**
 * Runs one fixture in a browser context of its own, closing it when the
 * fixture is over or out of time (which fails every call still waiting on it).
 */
async function runFixture(fixture: HostileFixture, expect: ExpectStatic): Promise<void> {
  const context = await rig.browser.newContext(fixture.context ?? {});
  let late = false;
  const timer = setTimeout(() => {
    late = true;
    void context.close();
  }, FIXTURE_LIMIT_MS);
  try {
    await checkFixture(fixture, expect, context);
  } catch (error) {
    if (late) throw new Error(`${fixture.file} took over ${FIXTURE_LIMIT_MS} ms`, { cause: error });
    throw error;
  } finally {
    clearTimeout(timer);
    await context.close();
  }
}

async function checkFixture(
  fixture: HostileFixture,
  expect: ExpectStatic,
  context: BrowserContext,
): Promise<void> {
  const env = serve(fixture);
  await recordViolations(context);
  const release = await holdWidgetScript(context);
  const page = await context.newPage();
  const log = watchHostile(page, env.server);
  await page.goto(`${env.origin}/hostile/${fixture.file}`, { waitUntil: 'domcontentloaded' });
  const surface = fixture.framed ? await onlyFrame(page) : page.mainFrame();

  // Before any widget code runs: the host as it is.
  const probes: Array<[Frame, HostProbe]> = [
    [page.mainFrame(), await probeHost(page.mainFrame(), fixture.styled ?? [])],
  ];
  if (fixture.framed) probes.push([surface, await probeHost(surface, FRAMED_ELEMENTS)]);
  release();

  // A person files a report through the UI. When that fails, what the page
  // reported (errors, CSP refusals) is usually why: the failure says it.
  let reference: string;
  try {
    await openPanel(surface);
    await panelDialog(surface).getByRole('button', { name: 'Report a problem' }).waitFor();
    await expectWidgetInView(surface, expect);
    const summary = `Deposit / withdrawal missing on ${fixture.file}, card 4111 1111 1111 1111, TC 10000000146`;
    await fillReportToReview(surface, summary, fixture.typed);
    await surface.getByRole('button', { name: 'Send report' }).click();
    reference = await referenceShown(surface, 30_000);
  } catch (error) {
    const violations = await violationsIn(page).catch(() => []);
    const list = (lines: string[]) =>
      lines.length > 0 ? `\n    ${lines.join('\n    ')}` : ' none';
    throw new Error(
      `No report filed on ${fixture.file}: ${String(error).split('\n')[0]}\n  page problems:${list(log.problems)}\n  CSP violations:${list(violations)}`,
      { cause: error },
    );
  }
  expect(reference).toMatch(/^DT-[0-9A-Z]{6}$/);

  // Exactly one ticket reached the server, with this reference and the words redacted.
  const tickets = (await agentTickets()).filter((ticket) =>
    ticket.summary.includes(` on ${fixture.file},`),
  );
  expect
    .soft(tickets.map((ticket) => [ticket.reference, ticket.summary]))
    .toEqual([
      [reference, `Deposit / withdrawal missing on ${fixture.file}, card [card], TC [national-id]`],
    ]);

  // The host page is as it was: DOM, form values, styles, globals.
  const added = fixture.globals ?? ['Destek'];
  for (const [frame, probe] of probes) {
    expect.soft(await hostChanges(frame, probe, added), `changes to ${frame.url()}`).toEqual([]);
  }
  if (fixture.exercised) {
    const expression = fixture.exercised(env);
    expect
      .soft(await surface.evaluate(expression), `the host's patch was used: ${expression}`)
      .toBe(true);
  }

  // Nothing thrown, nothing logged, nothing refused, no third host.
  const problems = [...log.problems];
  for (const expected of fixture.expectedProblems ?? []) {
    const index = problems.findIndex((line) => expected.test(line));
    expect.soft(index, `expected once: ${expected}`).toBeGreaterThanOrEqual(0);
    if (index >= 0) problems.splice(index, 1);
  }
  expect.soft(problems, 'uncaught errors and console errors').toEqual([]);
  expect.soft(await violationsIn(page), 'securitypolicyviolation events').toEqual([]);
  const allowed = [
    env.origin,
    env.server,
    ...(fixture.otherOriginAllowed ? [env.otherOrigin] : []),
  ].map((url) => new URL(url).host);
  expect
    .soft(
      log.hosts().filter((host) => !allowed.includes(host)),
      'hosts contacted',
    )
    .toEqual([]);

  await fixture.also?.({ page, surface, env, expect });
}

describe.concurrent('the widget on hostile host pages', () => {
  for (const fixture of FIXTURES) {
    it(`files a report and changes nothing on ${fixture.title}`, async ({ expect }) => {
      await slots.take();
      try {
        await runFixture(fixture, expect);
      } finally {
        slots.give();
      }
    }, 900_000);
  }
});
