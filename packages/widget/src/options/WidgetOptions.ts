import type { SupportBackend } from '@destek/core';
import type { ThemeOptions } from '../theme/Theme.ts';

/**
 * Options of `createWidget` and of `Destek('init', …)`. Either `server` and
 * `siteKey` (the reference server through the HTTP adapter) or a `backend`.
 * Options of the headless client (`app`, `categories`, `user`, `privacy`…)
 * are passed through to `@destek/core` and checked there.
 */
export interface WidgetOptions {
  /** Base URL of the reference server, such as `https://support.example.com`. */
  server?: string;
  /** The site's public key (`pk_…`), from the server's config. */
  siteKey?: string;
  /** Any adapter instead of `server` + `siteKey`. */
  backend?: SupportBackend;
  /** `en`, `tr` or `az` (with or without region). @default the browser's language, else 'en' */
  locale?: string;
  /** @default DEFAULT_THEME */
  theme?: ThemeOptions;
  /** The page's CSP nonce, for the rare browser without constructable stylesheets. @default undefined */
  nonce?: string;
  /** Show the round launcher button; without it, open the panel through the API. @default true */
  launcher?: boolean;
  /** Everything else goes to `@destek/core` unchanged. */
  [coreOption: string]: unknown;
}
