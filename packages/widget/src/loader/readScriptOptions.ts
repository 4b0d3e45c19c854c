import type { WidgetOptions } from '../options/WidgetOptions.ts';

/**
 * Options from the script tag's data attributes
 * (`data-server`, `data-site-key`, `data-locale`, `data-accent`,
 * `data-position`, `data-theme`, `data-nonce`), or null when the tag does not
 * ask to start by itself (no `data-site-key`).
 */
export function readScriptOptions(script: HTMLScriptElement | null): WidgetOptions | null {
  const data = script?.dataset;
  if (!data?.siteKey) return null;
  const options: WidgetOptions = { siteKey: data.siteKey };
  if (data.server) options.server = data.server;
  if (data.locale) options.locale = data.locale;
  const theme: Record<string, string> = {};
  if (data.accent) theme.accent = data.accent;
  if (data.position) theme.position = data.position;
  if (data.theme) theme.mode = data.theme;
  if (Object.keys(theme).length > 0) options.theme = theme;
  // A nonce attribute is hidden from scripts after parsing; read the property.
  const nonce = data.nonce ?? script?.nonce;
  if (nonce) options.nonce = nonce;
  return options;
}
