import { resolveTheme } from '../theme/resolveTheme.ts';
import type { ResolvedTheme } from '../theme/Theme.ts';
import type { WidgetOptions } from './WidgetOptions.ts';

/** The options the first script needs, checked; the rest is checked by core when the panel loads. */
export interface FirstScriptOptions {
  theme: ResolvedTheme;
  locale: string;
  nonce: string | undefined;
  launcher: boolean;
}

/** A bad option: which one, and what would be right. */
export interface OptionProblem {
  path: string;
  expected: string;
}

const SITE_KEY = /^pk_[A-Za-z0-9_-]{8,64}$/;
const LOCALE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return (
      (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password
    );
  } catch {
    return false;
  }
}

/**
 * Checks what the launcher needs before anything is drawn. Small on purpose:
 * it ships in the first script, whose budget is 4 KB gzip.
 */
export function checkWidgetOptions(
  options: WidgetOptions,
  browserLanguage: string,
): FirstScriptOptions | OptionProblem {
  if (typeof options !== 'object' || options === null)
    return { path: '(options)', expected: 'an object' };
  const { server, siteKey, backend, locale, nonce, launcher } = options;
  if (backend === undefined) {
    if (!isHttpUrl(server)) return { path: 'server', expected: 'an http(s) URL' };
    if (typeof siteKey !== 'string' || !SITE_KEY.test(siteKey)) {
      return { path: 'siteKey', expected: 'a site key ("pk_…")' };
    }
  } else if (
    typeof backend !== 'object' ||
    backend === null ||
    typeof backend.submitReport !== 'function'
  ) {
    return { path: 'backend', expected: 'a SupportBackend adapter' };
  }
  if (locale !== undefined && (typeof locale !== 'string' || !LOCALE.test(locale))) {
    return { path: 'locale', expected: 'a language tag ("tr")' };
  }
  if (nonce !== undefined && (typeof nonce !== 'string' || !/^[\w+/=-]{1,200}$/.test(nonce))) {
    return { path: 'nonce', expected: 'a CSP nonce' };
  }
  if (launcher !== undefined && typeof launcher !== 'boolean')
    return { path: 'launcher', expected: 'true or false' };
  const theme = resolveTheme(options.theme);
  if ('path' in theme) return theme;
  return {
    theme,
    locale: locale ?? (LOCALE.test(browserLanguage) ? browserLanguage : 'en'),
    nonce,
    launcher: launcher ?? true,
  };
}
