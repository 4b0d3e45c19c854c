import { type ClientStorage, createSupportClient, type SupportClient } from '@destek/core';
import type { WidgetOptions } from '../options/WidgetOptions.ts';

type CoreOptions = Parameters<typeof createSupportClient>[0];

/** Options the first script consumed; core does not know them. */
const WIDGET_ONLY = new Set([
  'server',
  'siteKey',
  'backend',
  'theme',
  'nonce',
  'launcher',
  'locale',
]);

/**
 * The panel's headless client: the host's `backend`, else the reference
 * server through the HTTP adapter. Everything but the widget's own options
 * goes to core, which rejects a bad one with a `ConfigError` naming it.
 */
export async function createPanelClient(
  options: WidgetOptions,
  locale: string,
  storage?: ClientStorage,
): Promise<SupportClient> {
  const core = Object.fromEntries(Object.entries(options).filter(([key]) => !WIDGET_ONLY.has(key)));
  // Loaded only without a backend of the host's own, so npm users who bring
  // one never download the HTTP adapter.
  const backend =
    options.backend ??
    (await import('@destek/adapter-http')).httpBackend({
      server: String(options.server),
      siteKey: String(options.siteKey),
    });
  return createSupportClient({ ...core, backend, locale } as CoreOptions, storage);
}
