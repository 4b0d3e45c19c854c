import type { Identity } from '@destek/protocol';
import type { SupportBackend } from '../backend/SupportBackend.ts';
import type { FaqArticleOption } from '../help/FaqArticleOption.ts';
import type { Platform } from './Platform.ts';

/** The app the widget is embedded in; shown to agents as context facts. */
export interface AppOptions {
  /** @default 'app' */
  name?: string;
  /** The running version, such as `4.12.0`. @default undefined (not sent) */
  version?: string;
  /** A build number or commit. @default undefined (not sent) */
  build?: string;
  /** `production`, `staging`... @default undefined (not sent) */
  environment?: string;
  /**
   * The newest released version. When `version` is older, the "app is
   * outdated" diagnostic suggests updating. @default undefined (check skipped)
   */
  latestVersion?: string;
}

/** A report category: a slug and its label per locale (`{ tr: 'Ödeme' }`). */
export interface CategoryOption {
  /** Lower-case slug (`payment`), sent on the wire. */
  id: string;
  /** Label per locale; the widget's own wording is used where missing. @default {} */
  labels?: Record<string, string>;
}

/** What leaves the device besides what the user typed. */
export interface PrivacyOptions {
  /** E-mail addresses in free text: masked or kept. @default 'mask' */
  email?: 'mask' | 'keep';
  /** Keep the last console errors and unhandled errors for reports. @default false */
  captureConsole?: boolean;
  /** Keep the last failed fetch/XHR requests (method, URL, status; never bodies). @default false */
  captureNetwork?: boolean;
}

/** Client-side limits; each may be tightened below the wire limit, never raised above it. */
export interface LimitOptions {
  /** @default 200 (LIMITS.summaryChars) */
  summaryChars?: number;
  /** @default 20 (LIMITS.stepsTried) */
  stepsTried?: number;
  /** @default 5 (LIMITS.attachmentsPerReport) */
  attachments?: number;
  /** Entries kept by each capture ring, 1 to 50. @default 20 */
  ringEntries?: number;
}

/** Thresholds and time limits of `runDiagnostics`. */
export interface DiagnosticsOptions {
  /** Clock skew against the server above which the clock check warns. @default 60 */
  clockSkewWarnSec?: number;
  /** Time limit of each check, in ms. @default 5000 */
  timeoutMs?: number;
  /** Backend round trip above which the latency check warns, in ms. @default 1500 */
  latencyWarnMs?: number;
}

/** The live chat's behaviour. */
export interface ChatBehaviourOptions {
  /**
   * Seconds the live connection may be down in an open chat before the
   * visitor is offered to turn the conversation into a request (10 to 3600).
   */
  offerTicketAfterSec?: number;
}

/** The options of `resolveConfig`, as a host passes them. Only `backend` is required. */
export interface DestekOptions {
  /** The adapter every request goes through (`httpBackend(...)`, `memoryBackend()`). Required. */
  backend: SupportBackend;
  /** @default { name: 'app' } */
  app?: AppOptions;
  /** BCP 47 tag of the UI and report language (`tr`, `az-Latn-AZ`). @default 'en' */
  locale?: string;
  /** @default payment, bonus, login, account, verification, technical, other */
  categories?: CategoryOption[];
  /** The signed-in user of the host site. @default undefined (anonymous) */
  user?: Identity;
  /** @default { email: 'mask', captureConsole: false, captureNetwork: false } */
  privacy?: PrivacyOptions;
  /** @default the wire limits, ringEntries 20 */
  limits?: LimitOptions;
  /** Milliseconds since the epoch. @default Date.now */
  clock?: () => number;
  /** @default { clockSkewWarnSec: 60, timeoutMs: 5000, latencyWarnMs: 1500 } */
  diagnostics?: DiagnosticsOptions;
  /** @default { offerTicketAfterSec: 60 } */
  chat?: ChatBehaviourOptions;
  /**
   * Self-help articles searched in the panel's Help, on top of the backend's
   * (`/v1/faq`); at most 200. @default [] (the backend's articles only)
   */
  faq?: FaqArticleOption[];
  /**
   * CSS selectors of more elements to black out in tab captures, on top of the
   * automatic ones (password, card and one-time-code fields, `[data-destek-mask]`,
   * cross-origin frames). Checked as selectors at init where there is a DOM.
   * @default [] (the automatic masks only)
   */
  mask?: string[];
  /** The environment core reads (tests pass a plain object). @default browserPlatform() */
  platform?: Platform;
}
