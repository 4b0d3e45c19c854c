import { LIMITS } from '@destek/protocol';
import { DEFAULT_CATEGORIES } from '../classifier/ClassifyOptions.ts';

/**
 * Every default of every core option, in one place. `resolveConfig` fills
 * these in; the TSDoc `@default` tags on `DestekOptions` quote them.
 */

/** The categories a site gets without configuring any: the classifier's own list. */
export const DEFAULT_CATEGORY_IDS: readonly string[] = DEFAULT_CATEGORIES;

/** The UI and report language when the host names none. */
export const DEFAULT_LOCALE = 'en';

/** Shown as `app.name` when the host names no app. */
export const DEFAULT_APP_NAME = 'app';

/** What leaves the device besides what the user typed: as little as possible. */
export const DEFAULT_PRIVACY = {
  /** E-mail addresses in free text are masked: the sender's own address goes in `contact`. */
  email: 'mask',
  /** Console and network capture are opt-in: a site must choose to send them. */
  captureConsole: false,
  captureNetwork: false,
} as const;

/**
 * Client limits default to the wire limits; a site may tighten them, never loosen
 * them (the server would refuse the report).
 */
export const DEFAULT_LIMITS = {
  summaryChars: LIMITS.summaryChars,
  stepsTried: LIMITS.stepsTried,
  attachments: LIMITS.attachmentsPerReport,
  /** The capture rings keep the last 20 entries each: enough for the lead-up, small to send. */
  ringEntries: 20,
} as const;

/** The largest ring a site may ask for: every entry becomes a context fact. */
export const MAX_RING_ENTRIES = 50;

/** Thresholds of `runDiagnostics`. */
export const DEFAULT_DIAGNOSTICS = {
  /**
   * TOTP codes live for 30 s and servers accept about one step either way, so
   * a clock more than 60 s off is a likely cause of rejected one-time codes.
   */
  clockSkewWarnSec: 60,
  /** Each check gives up after this long and reports `unknown` instead of hanging the panel. */
  timeoutMs: 5000,
  /** A status round trip slower than this is worth a warning. */
  latencyWarnMs: 1500,
} as const;

/** The live chat: a minute without a connection is when waiting stops being worth it. */
export const DEFAULT_CHAT = { offerTicketAfterSec: 60 } as const;

/** Extra mask selectors: none; the automatic masks of the screenshot package always apply. */
export const DEFAULT_MASK: readonly string[] = [];

/** At most this many extra mask selectors: each is queried on every capture. */
export const MAX_MASK_SELECTORS = 50;

/** The clock core uses unless handed another (tests pass a fixed one). */
export const DEFAULT_CLOCK: () => number = () => Date.now();
