import { expectAppUndisturbed } from './expectAppUndisturbed.ts';
import type { FixtureEnv, FixtureRun, HostileFixture } from './HostileFixture.ts';

const HOST_ELEMENTS = ['h1', 'nav a', 'nav button', 'main', 'p', 'input'];
/** The single-page apps' elements. */
const APP_ELEMENTS = ['h1', 'nav a', 'main', '.app li', 'input'];

/** A strict policy: nonces only, no 'unsafe-inline' anywhere, and Trusted Types enforced. */
function strictPolicy(env: FixtureEnv, extra: { scripts?: string; policies: string }): string {
  return [
    "default-src 'self'",
    `script-src 'nonce-${env.nonce}'${extra.scripts ?? ''}`,
    `style-src 'nonce-${env.nonce}'`,
    `connect-src 'self' ${env.server}`,
    "img-src 'self' data: blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "require-trusted-types-for 'script'",
    `trusted-types ${extra.policies}`,
  ].join('; ');
}

/** The page really enforces Trusted Types: a plain string into innerHTML is refused. */
async function expectTrustedTypesEnforced({ surface, expect }: FixtureRun): Promise<void> {
  const outcome = await surface.evaluate(() => {
    try {
      document.createElement('div').innerHTML = '<b>bold</b>';
      return 'accepted';
    } catch (error) {
      return (error as Error).name;
    }
  });
  expect(outcome).toBe('TypeError');
}

/** The widget draws as designed, whatever the host's CSS: sizes in px, no inherited text styles. */
async function expectWidgetUnstyledByHost({ surface, expect }: FixtureRun): Promise<void> {
  const seen = await surface
    .locator('[data-destek] >> css=[role="dialog"] h2')
    .first()
    .evaluate((heading) => {
      const style = getComputedStyle(heading);
      return {
        fontSize: style.fontSize,
        textTransform: style.textTransform,
        letterSpacing: style.letterSpacing,
        fontStyle: style.fontStyle,
      };
    });
  expect(seen).toEqual({
    fontSize: '17px',
    textTransform: 'none',
    letterSpacing: 'normal',
    fontStyle: 'normal',
  });
}

/** The page's own `window.Destek` is untouched, and the widget answers at `window.DestekWidget`. */
async function expectDestekLeftAlone(events: string[], run: FixtureRun): Promise<void> {
  const { surface, expect } = run;
  const seen = await surface.evaluate(() => {
    const w = window as unknown as {
      Destek: { version: string; events: string[] };
      DestekWidget?: unknown;
    };
    return {
      version: w.Destek.version,
      events: w.Destek.events.slice(),
      widget: typeof w.DestekWidget,
    };
  });
  expect(seen).toEqual({ version: '3.2.0', events, widget: 'function' });
  // The widget's commands work under the other name.
  const dialog = surface.locator('[data-destek] >> css=[role="dialog"]');
  await surface.evaluate(() =>
    (window as unknown as { DestekWidget: (c: string) => void }).DestekWidget('close'),
  );
  await dialog.waitFor({ state: 'hidden' });
}

/**
 * Each Preact is its own major: the page's exports and vnodes are Preact 10's
 * (11 has createPortal in its core and hands function components their ref
 * as a prop), and the DOM each renders carries its own major's listener
 * store: 10 keeps an element's handlers in `l`, 11 in `__e` (the names the
 * installed builds mangle them to; a new build may rename them).
 */
async function expectPreactMajors({ surface, expect }: FixtureRun): Promise<void> {
  const seen = await surface.evaluate(() => {
    const store = (element: Element) =>
      Object.hasOwn(element, 'l') ? 'preact 10' : Object.hasOwn(element, '__e') ? 'preact 11' : '';
    const inWidget = document.querySelector('[data-destek]')?.shadowRoot?.querySelectorAll('*');
    const inApp = document.querySelectorAll('#app *');
    return {
      exports: (window as unknown as { __host: { preact: unknown } }).__host.preact,
      app: [...new Set(Array.from(inApp, store))].filter(Boolean),
      widget: [...new Set(Array.from(inWidget ?? [], store))].filter(Boolean),
    };
  });
  expect(seen).toEqual({
    exports: { createPortalInCore: false, refAsProp: false },
    app: ['preact 10'],
    widget: ['preact 11'],
  });
}

/**
 * The React page: React 19 delegates its events at its root and at the body
 * (the portal's container, and the widget's host element's parent); none of
 * the keys typed in the widget reached the app's React handlers, and the two
 * typed into its search did.
 */
async function expectReactKeptToItself(run: FixtureRun): Promise<void> {
  const { before, after } = await expectAppUndisturbed(run);
  const { surface, expect } = run;
  const seen = await surface.evaluate(() => ({
    react: (window as unknown as { __host: { react: string } }).__host.react,
    // React marks each container it listens on with a `_reactListening…` key.
    listening: ['#app', 'body'].filter((selector) =>
      Object.keys(document.querySelector(selector) ?? {}).some((key) =>
        key.startsWith('_reactListening'),
      ),
    ),
  }));
  expect(seen.react).toMatch(/^19\./);
  expect(seen.listening, 'where React listens').toEqual(['#app', 'body']);
  expect(before.reactKeys, 'keys typed in the widget, seen by React').toBe(0);
  expect(after.reactKeys, 'keys typed in the app, seen by React').toBe(2);
}

const TAKEN = /window\.Destek is taken by this page; use window\.DestekWidget/;

/** The fixtures: issue 8, part 3. Each is one real page under `pages/`. */
export const FIXTURES: HostileFixture[] = [
  {
    title: 'a page that resets everything with * { all: unset !important } and a 40px rem',
    file: 'css-reset.html',
    styled: [...HOST_ELEMENTS, '.promo'],
    also: expectWidgetUnstyledByHost,
  },
  {
    title: 'a page that forces huge fonts and text styles on every element with !important',
    file: 'important-fonts.html',
    styled: HOST_ELEMENTS,
    also: expectWidgetUnstyledByHost,
  },
  {
    title:
      "a Prototype.js-style page: Array.prototype extended, arrays' and dates' toJSON, Array.from = $A",
    file: 'prototype-array.html',
    styled: HOST_ELEMENTS,
    also: async ({ surface, expect }) => {
      // The library still works for the page.
      const menu = await surface.evaluate(
        () => (window as unknown as { intranet: { menu: string[] } }).intranet.menu.length,
      );
      expect(menu).toBe(2);
    },
  },
  {
    title: 'a page whose JSON.stringify is wrapped and whose JSON.parse revives dates',
    file: 'json-wrappers.html',
    styled: HOST_ELEMENTS,
    // The widget's JSON text goes through the page's wrapper; answers are read
    // with the engine's own parser, so the page's date reviver never sees them.
    exercised: () => 'window.__host.stringified > 0',
  },
  {
    title: 'a page whose fetch and XMLHttpRequest are wrapped by a monitoring agent',
    file: 'fetch-wrapper.html',
    styled: HOST_ELEMENTS,
    exercised: (env) =>
      `window.__host.requests.some((r) => r.url.startsWith(${JSON.stringify(env.server)}) && r.method === 'POST' && r.status === 201)`,
  },
  {
    title: 'a page that replaces window.Promise with an old setTimeout-based polyfill',
    file: 'promise-polyfill.html',
    styled: HOST_ELEMENTS,
    exercised: () => 'window.__host.created > 0',
  },
  {
    title: 'a page with a strict nonce CSP and Trusted Types required (the script tag)',
    file: 'csp-trusted-types.html',
    styled: [...HOST_ELEMENTS, '.balance'],
    headers: (env) => ({
      'content-security-policy': strictPolicy(env, { policies: 'bank' }),
    }),
    also: expectTrustedTypesEnforced,
  },
  {
    title: 'a page with a strict-dynamic CSP and Trusted Types required (the loader snippet)',
    file: 'csp-trusted-types-snippet.html',
    styled: HOST_ELEMENTS,
    headers: (env) => ({
      'content-security-policy': strictPolicy(env, {
        scripts: " 'strict-dynamic'",
        policies: 'bank destek',
      }),
    }),
    also: expectTrustedTypesEnforced,
  },
  {
    title: 'a right-to-left page (dir="rtl") wider than the window',
    file: 'rtl.html',
    styled: [...HOST_ELEMENTS, '.wide'],
  },
  {
    title: 'a page at 200% browser zoom (1280×800 seen as 640×400 CSS px at 2× pixels)',
    file: 'zoom.html',
    styled: HOST_ELEMENTS,
    context: { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
  },
  {
    title: 'a page that zooms itself with html { zoom: 2 }',
    file: 'css-zoom.html',
    styled: HOST_ELEMENTS,
  },
  {
    title:
      'a single-page app on its own copy of Preact 11 (the widget\'s major), with a "/" hotkey',
    file: 'preact-app.html',
    styled: APP_ELEMENTS,
    typed: true,
    also: async (run) => {
      await expectAppUndisturbed(run);
    },
  },
  {
    title: 'a single-page app on Preact 10 (the widget runs its own Preact 11), with a "/" hotkey',
    file: 'preact10-app.html',
    styled: APP_ELEMENTS,
    typed: true,
    also: async (run) => {
      await expectAppUndisturbed(run);
      await expectPreactMajors(run);
    },
  },
  {
    title: 'a React 19 app with a "/" hotkey and a portal on document.body',
    file: 'react-app.html',
    styled: [...APP_ELEMENTS, '.notice'],
    typed: true,
    also: expectReactKeptToItself,
  },
  {
    title: 'a page that already has its own window.Destek (the script tag)',
    file: 'destek-taken.html',
    styled: HOST_ELEMENTS,
    globals: ['DestekWidget'],
    expectedProblems: [TAKEN],
    also: (run) => expectDestekLeftAlone(['page_view'], run),
  },
  {
    title: 'a page that already has its own window.Destek (the loader snippet)',
    file: 'destek-taken-snippet.html',
    styled: HOST_ELEMENTS,
    globals: ['DestekWidget'],
    expectedProblems: [TAKEN],
    also: (run) => expectDestekLeftAlone(['page_view', 'support_ready'], run),
  },
  {
    title: 'a page whose <base href> points at another origin',
    file: 'base-href.html',
    styled: HOST_ELEMENTS,
  },
  {
    title: 'a page showing the widget in a same-origin iframe',
    file: 'iframe-same-origin.html',
    styled: ['h1', 'main', 'iframe'],
    framed: true,
    context: { viewport: { width: 1280, height: 900 } },
  },
  {
    title: 'a page showing the widget in a cross-origin iframe',
    file: 'iframe-cross-origin.html',
    styled: ['h1', 'main', 'iframe'],
    framed: true,
    context: { viewport: { width: 1280, height: 900 } },
    otherOriginAllowed: true,
  },
];

/** Elements probed in the framed checkout page. */
export const FRAMED_ELEMENTS = ['h1', '#total', 'input', 'form button'];
