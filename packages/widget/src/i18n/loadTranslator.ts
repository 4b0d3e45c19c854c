import { createTranslator, type Translator } from './createTranslator.ts';
import { FALLBACK_LOCALE, LOCALES } from './locales.ts';

/**
 * The shipped catalog for a BCP 47 tag: `tr-TR` and `tr` give `tr`,
 * `az-Latn-AZ` gives `az`, anything unshipped gives English.
 */
export function catalogFor(locale: string): string {
  const language = locale.toLowerCase().split('-')[0] ?? '';
  return Object.hasOwn(LOCALES, language) ? language : FALLBACK_LOCALE;
}

/**
 * Loads only the active locale's catalog and returns its translator. `Intl`
 * formats with the full tag (so `en-GB` dates read the British way); an
 * unshipped language formats and words as English.
 */
export async function loadTranslator(locale: string): Promise<Translator> {
  const catalog = catalogFor(locale);
  const load = LOCALES[catalog] ?? LOCALES[FALLBACK_LOCALE];
  if (!load) throw new Error(`Destek: no catalog for ${catalog}`);
  const { default: messages } = await load();
  // Format with the full tag only when it is valid and of the same language.
  let tag = catalog;
  try {
    const canonical = Intl.getCanonicalLocales(locale)[0];
    if (
      canonical &&
      catalogFor(canonical) === catalog &&
      canonical.toLowerCase().startsWith(catalog)
    )
      tag = canonical;
  } catch {
    // An invalid tag formats with the catalog's language.
  }
  return createTranslator(tag, messages);
}
