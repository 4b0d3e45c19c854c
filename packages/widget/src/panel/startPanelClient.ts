import type { ClientStorage, SupportBackend, SupportClient } from '@destek/core';
import type { WidgetOptions } from '../options/WidgetOptions.ts';

type CoreOptions = Parameters<typeof import('./clientModule.ts').createSupportClient>[0];

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

/** The client in two stages, so the panel can draw between them. */
export interface PanelClientStart {
  /** Settles once core accepted the options; rejects with a `ConfigError` naming a bad one. */
  checked: Promise<void>;
  /** The client, once it has restored the draft and outbox from storage. */
  client: Promise<SupportClient>;
}

/**
 * Starts the panel's headless client: the host's `backend`, else the
 * reference server through the HTTP adapter. Core and the adapter are their
 * own chunks, fetched in parallel with the panel's locale; everything but the
 * widget's own options goes to core.
 */
export function startPanelClient(
  options: WidgetOptions,
  locale: string,
  storage?: ClientStorage,
): PanelClientStart {
  const rest = Object.fromEntries(Object.entries(options).filter(([key]) => !WIDGET_ONLY.has(key)));
  // The adapter is fetched only without a backend of the host's own, so npm
  // users who bring one never download it.
  const backend: Promise<SupportBackend> = options.backend
    ? Promise.resolve(options.backend)
    : import('./adapterModule.ts').then(({ httpBackend }) =>
        httpBackend({ server: String(options.server), siteKey: String(options.siteKey) }),
      );
  const ready = Promise.all([import('./clientModule.ts'), backend]).then(([core, resolved]) => ({
    core,
    options: { ...rest, backend: resolved, locale } as CoreOptions,
  }));
  // Resolving the options is pure and takes well under a millisecond; doing it
  // on its own lets a bad option stop the widget before anything is drawn,
  // while restoring the draft (IndexedDB, the slow part) runs behind the panel.
  const checked = ready.then(({ core, options: coreOptions }) => {
    core.resolveConfig(coreOptions);
  });
  const client = checked.then(() =>
    ready.then(({ core, options: coreOptions }) => core.createSupportClient(coreOptions, storage)),
  );
  // A bad option rejects both; the caller reports it once, through `checked`.
  client.catch(() => {});
  return { checked, client };
}
