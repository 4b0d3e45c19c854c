import type { SupportBackend } from '../backend/SupportBackend.ts';
import { ConfigError } from '../errors/ConfigError.ts';
import { toFaqArticles } from '../help/FaqArticleOption.ts';
import { browserPlatform } from './browserPlatform.ts';
import { configErrorFrom } from './configErrorFrom.ts';
import {
  DEFAULT_APP_NAME,
  DEFAULT_CATEGORY_IDS,
  DEFAULT_CHAT,
  DEFAULT_CLOCK,
  DEFAULT_DIAGNOSTICS,
  DEFAULT_LIMITS,
  DEFAULT_LOCALE,
  DEFAULT_MASK,
  DEFAULT_PRIVACY,
} from './defaults.ts';
import { optionsSchema } from './optionsSchema.ts';
import type { Platform } from './Platform.ts';
import type { ResolvedCategory, ResolvedConfig } from './ResolvedConfig.ts';

function uniqueCategories(categories: readonly ResolvedCategory[]): readonly ResolvedCategory[] {
  const seen = new Set<string>();
  categories.forEach((category, index) => {
    if (seen.has(category.id)) {
      throw new ConfigError(
        `categories.${index}.id`,
        `an id not used by another category ("${category.id}" is used twice)`,
      );
    }
    seen.add(category.id);
  });
  return categories;
}

/**
 * Validates the host's options once and fills in every default (all of them
 * in `defaults.ts`). Throws a {@link ConfigError} naming the first bad
 * option's path (`app.version`, `categories.2.id`) and what was expected.
 */
export function resolveConfig(options: unknown): ResolvedConfig {
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) throw configErrorFrom(parsed.error);
  const o = parsed.data;
  const categories = o.categories
    ? uniqueCategories(o.categories.map((c) => ({ id: c.id, labels: { ...c.labels } })))
    : DEFAULT_CATEGORY_IDS.map((id) => ({ id, labels: {} }));
  return {
    // The schema checked the methods core calls; the rest is the adapter's contract.
    backend: o.backend as SupportBackend,
    app: {
      name: o.app?.name ?? DEFAULT_APP_NAME,
      version: o.app?.version ?? null,
      build: o.app?.build ?? null,
      environment: o.app?.environment ?? null,
      latestVersion: o.app?.latestVersion ?? null,
    },
    locale: o.locale ?? DEFAULT_LOCALE,
    categories,
    user: o.user ?? null,
    privacy: {
      email: o.privacy?.email ?? DEFAULT_PRIVACY.email,
      captureConsole: o.privacy?.captureConsole ?? DEFAULT_PRIVACY.captureConsole,
      captureNetwork: o.privacy?.captureNetwork ?? DEFAULT_PRIVACY.captureNetwork,
    },
    limits: {
      summaryChars: o.limits?.summaryChars ?? DEFAULT_LIMITS.summaryChars,
      stepsTried: o.limits?.stepsTried ?? DEFAULT_LIMITS.stepsTried,
      attachments: o.limits?.attachments ?? DEFAULT_LIMITS.attachments,
      ringEntries: o.limits?.ringEntries ?? DEFAULT_LIMITS.ringEntries,
    },
    clock: o.clock ?? DEFAULT_CLOCK,
    diagnostics: {
      clockSkewWarnSec: o.diagnostics?.clockSkewWarnSec ?? DEFAULT_DIAGNOSTICS.clockSkewWarnSec,
      timeoutMs: o.diagnostics?.timeoutMs ?? DEFAULT_DIAGNOSTICS.timeoutMs,
      latencyWarnMs: o.diagnostics?.latencyWarnMs ?? DEFAULT_DIAGNOSTICS.latencyWarnMs,
    },
    chat: {
      offerTicketAfterSec: o.chat?.offerTicketAfterSec ?? DEFAULT_CHAT.offerTicketAfterSec,
    },
    mask: o.mask ?? DEFAULT_MASK,
    faq: toFaqArticles(o.faq ?? []),
    platform: (o.platform as Platform | undefined) ?? browserPlatform(),
  };
}
