import { LIMITS } from '@destek/protocol';
import { z } from 'zod/mini';
import { MAX_MASK_SELECTORS, MAX_RING_ENTRIES } from './defaults.ts';

// Every message here completes the sentence `Destek option "<path>": expected ...`,
// so it names what would be right in plain words, not the schema's vocabulary.

const LINE_BREAK = /[\r\n\u2028\u2029]/;

function shortLine(max: number, what = 'a non-empty single line of text') {
  const expected = `${what} of at most ${max} characters`;
  return z.string({ error: expected }).check(
    z.minLength(1, { error: expected }),
    z.maxLength(max, { error: expected }),
    z.refine((value) => !LINE_BREAK.test(value), { error: expected }),
  );
}

function wholeNumber(min: number, max: number) {
  const expected = `a whole number from ${min} to ${max}`;
  return z
    .int({ error: expected })
    .check(z.minimum(min, { error: expected }), z.maximum(max, { error: expected }));
}

const LOCALE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
const localeExpected = 'a language tag such as "en", "tr" or "az-Latn-AZ"';
const locale = z
  .string({ error: localeExpected })
  .check(
    z.regex(LOCALE, { error: localeExpected }),
    z.maxLength(LIMITS.localeChars, { error: localeExpected }),
  );

const SLUG = /^[a-z][a-z0-9_-]{0,39}$/;
const slugExpected =
  'a lower-case id of letters, digits, "-" or "_", starting with a letter, up to 40 characters (such as "payment")';

const categoryOption = z.strictObject(
  {
    id: z.string({ error: slugExpected }).check(z.regex(SLUG, { error: slugExpected })),
    labels: z.optional(
      z.record(locale, shortLine(60, 'a label'), {
        error: 'an object of labels by language tag, such as { tr: "Ödeme" }',
      }),
    ),
  },
  { error: 'an object with an "id"' },
);

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const emailExpected = 'an e-mail address';

const userOption = z.strictObject(
  {
    id: shortLine(200, 'a non-empty user id on one line'),
    email: z.optional(
      z
        .string({ error: emailExpected })
        .check(
          z.regex(EMAIL, { error: emailExpected }),
          z.maxLength(LIMITS.emailChars, { error: emailExpected }),
        ),
    ),
    name: z.optional(shortLine(LIMITS.nameChars, 'a non-empty name on one line')),
    signature: z.optional(
      z
        .string({ error: 'a lower-case hex HMAC-SHA256 of 64 characters' })
        .check(
          z.regex(/^[0-9a-f]{64}$/, { error: 'a lower-case hex HMAC-SHA256 of 64 characters' }),
        ),
    ),
  },
  { error: 'an object with at least an "id" (the signed-in user)' },
);

/**
 * A selector the browser can parse. Checked only where there is a DOM (the
 * option is for tab captures, which need one); a selector that fails here
 * would otherwise fail at capture time, when the capture must be refused.
 */
function isSelector(value: string): boolean {
  const doc = (globalThis as { document?: Document }).document;
  if (!doc) return true;
  try {
    doc.createDocumentFragment().querySelector(value);
    return true;
  } catch {
    return false;
  }
}

const selectorExpected = 'a CSS selector such as "#balance" or ".account-number"';
const maskSelector = z
  .string({ error: selectorExpected })
  .check(
    z.minLength(1, { error: selectorExpected }),
    z.maxLength(500, { error: selectorExpected }),
    z.refine(isSelector, { error: selectorExpected }),
  );

function longText(max: number) {
  const expected = `text of at most ${max} characters`;
  return z.string({ error: expected }).check(z.maxLength(max, { error: expected }));
}

const faqSlug = z.string({ error: slugExpected }).check(z.regex(SLUG, { error: slugExpected }));

// The wire's limits of an article (protocol's faqArticleSchema), so the option's fit the same screens.
const faqArticleOption = z.strictObject(
  {
    id: faqSlug,
    locale: z.optional(locale),
    title: shortLine(200, 'a title on one line'),
    summary: z.optional(longText(1000)),
    steps: z.optional(
      z
        .array(longText(1000), { error: 'a list of steps such as ["Open Settings"]' })
        .check(z.maxLength(30, { error: 'at most 30 steps' })),
    ),
    keywords: z.optional(
      z
        .array(shortLine(60, 'a keyword'), { error: 'a list of keywords such as ["otp"]' })
        .check(z.maxLength(40, { error: 'at most 40 keywords' })),
    ),
    category: z.optional(faqSlug),
    popularity: z.optional(wholeNumber(0, 1_000_000_000)),
  },
  { error: 'an article such as { id: "reset-password", title: "…", steps: ["…"] }' },
);

const BACKEND_METHODS = ['connect', 'status', 'submitReport'] as const;

function isBackend(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return BACKEND_METHODS.every((method) => typeof record[method] === 'function');
}

const flag = (what: string) => z.optional(z.boolean({ error: `true or false (${what})` }));

/**
 * The schema of {@link DestekOptions}. Unknown keys are refused (a typo such as
 * `app.verison` would otherwise be silently ignored). Exported so the widget
 * can extend it with its own options.
 */
export const optionsSchema = z.strictObject(
  {
    backend: z.custom<unknown>(isBackend, {
      error:
        'a SupportBackend (such as httpBackend(...) or memoryBackend()) with connect, status and submitReport methods',
    }),
    app: z.optional(
      z.strictObject(
        {
          name: z.optional(shortLine(120)),
          version: z.optional(shortLine(60, 'a version such as "4.12.0"')),
          build: z.optional(shortLine(60)),
          environment: z.optional(shortLine(60)),
          latestVersion: z.optional(shortLine(60, 'a version such as "4.12.0"')),
        },
        { error: 'an object such as { name: "Shop", version: "4.12.0" }' },
      ),
    ),
    locale: z.optional(locale),
    categories: z.optional(
      z
        .array(categoryOption, { error: 'a list of categories such as [{ id: "payment" }]' })
        .check(
          z.minLength(1, { error: 'at least one category' }),
          z.maxLength(50, { error: 'at most 50 categories' }),
        ),
    ),
    user: z.optional(userOption),
    privacy: z.optional(
      z.strictObject(
        {
          email: z.optional(z.enum(['mask', 'keep'], { error: '"mask" or "keep"' })),
          captureConsole: flag('capture console errors'),
          captureNetwork: flag('capture failed requests'),
        },
        { error: 'an object such as { email: "mask" }' },
      ),
    ),
    limits: z.optional(
      z.strictObject(
        {
          summaryChars: z.optional(wholeNumber(10, LIMITS.summaryChars)),
          stepsTried: z.optional(wholeNumber(0, LIMITS.stepsTried)),
          attachments: z.optional(wholeNumber(0, LIMITS.attachmentsPerReport)),
          ringEntries: z.optional(wholeNumber(1, MAX_RING_ENTRIES)),
        },
        { error: 'an object such as { summaryChars: 150 }' },
      ),
    ),
    clock: z.optional(
      z.custom<() => number>((value) => typeof value === 'function', {
        error: 'a function returning milliseconds since 1970 (like Date.now)',
      }),
    ),
    diagnostics: z.optional(
      z.strictObject(
        {
          clockSkewWarnSec: z.optional(wholeNumber(1, 86_400)),
          timeoutMs: z.optional(wholeNumber(100, 60_000)),
          latencyWarnMs: z.optional(wholeNumber(1, 60_000)),
        },
        { error: 'an object such as { clockSkewWarnSec: 60 }' },
      ),
    ),
    chat: z.optional(
      z.strictObject(
        { offerTicketAfterSec: z.optional(wholeNumber(10, 3600)) },
        { error: 'an object such as { offerTicketAfterSec: 60 }' },
      ),
    ),
    mask: z.optional(
      z.array(maskSelector, { error: 'a list of CSS selectors such as ["#balance"]' }).check(
        z.maxLength(MAX_MASK_SELECTORS, {
          error: `at most ${MAX_MASK_SELECTORS} selectors`,
        }),
      ),
    ),
    faq: z.optional(
      z
        .array(faqArticleOption, { error: 'a list of articles such as [{ id, title, steps }]' })
        .check(
          z.maxLength(200, { error: 'at most 200 articles' }),
          z.refine((list) => new Set(list.map((a) => a.id)).size === list.length, {
            error: 'articles with different ids',
          }),
        ),
    ),
    platform: z.optional(
      z.custom<object>((value) => typeof value === 'object' && value !== null, {
        error: 'an object describing the environment (navigator, href, viewport...)',
      }),
    ),
  },
  { error: 'an options object such as { backend, app: { name, version } }' },
);
