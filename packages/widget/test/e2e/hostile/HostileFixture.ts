import type { BrowserContextOptions, Frame, Page } from 'playwright-core';
import type { ExpectStatic } from 'vitest';

/** What a fixture page is filled in with before it is served. */
export interface FixtureEnv {
  /** The pages' origin, `http://127.0.0.1:PORT`. */
  origin: string;
  /** A second origin serving the same files (cross-origin frames, a `<base href>` elsewhere). */
  otherOrigin: string;
  /** The reference server's URL. */
  server: string;
  siteKey: string;
  /** The CSP nonce of this page load. */
  nonce: string;
  /** The built loader snippet, pointing at the pages' `destek.js`. */
  snippet: string;
}

/** What a fixture's own checks get, once the report went through. */
export interface FixtureRun {
  page: Page;
  /** The frame the widget runs in (the page's main frame unless the fixture frames it). */
  surface: Frame;
  env: FixtureEnv;
  expect: ExpectStatic;
}

/**
 * A hostile host page: a real HTML file under `pages/`, and what is special
 * about checking it. Every fixture gets the same core checks (no uncaught
 * error, a report filed through the UI that reaches the server once, the
 * host page unchanged, no CSP violation, no request to a third host).
 */
export interface HostileFixture {
  /** The test's name: what kind of page this is. */
  title: string;
  /** The file under `pages/`, served at `/hostile/<file>` on both origins. */
  file: string;
  /** Response headers, such as a Content-Security-Policy. */
  headers?: (env: FixtureEnv) => Record<string, string>;
  /** Browser-context options: viewport and pixel ratio for zoom. */
  context?: BrowserContextOptions;
  /** The widget lives in the page's `<iframe>`, not in the page itself. */
  framed?: boolean;
  /** Host elements whose computed styles must not change (`html` and `body` always). */
  styled?: string[];
  /** Window globals the widget may add. @default ['Destek'] */
  globals?: string[];
  /** Console errors this page should get, each exactly once (a taken `window.Destek`). */
  expectedProblems?: RegExp[];
  /** The other origin is the page's own too (a cross-origin frame). */
  otherOriginAllowed?: boolean;
  /** Types the summary key by key instead of filling it (hotkeys see keystrokes). */
  typed?: boolean;
  /** A page-side expression true once the host's patch was in the widget's path. */
  exercised?: (env: FixtureEnv) => string;
  /** More checks, after the core ones. */
  also?: (run: FixtureRun) => Promise<void>;
}
