import type { Messages } from './Messages.ts';

/**
 * The shipped catalogs, each loaded on demand as its own chunk. Adding a
 * locale is one file in `locales/` and one line here.
 */
export const LOCALES: Readonly<Record<string, () => Promise<{ default: Messages }>>> = {
  en: () => import('./locales/en.ts'),
  tr: () => import('./locales/tr.ts'),
  az: () => import('./locales/az.ts'),
};

/** The locale used when nothing the user prefers is shipped. */
export const FALLBACK_LOCALE = 'en';
