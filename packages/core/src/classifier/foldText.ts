/**
 * Lower-cases with the Turkish and Azerbaijani rules: dotted `İ` → `i`,
 * dotless `I` → `ı`. Done by hand rather than with `toLocaleLowerCase('tr')`
 * so the result does not depend on the ICU data a runtime ships with.
 *
 * @example lowerTurkic('ŞİFREMİ UNUTTUM') // 'şifremi unuttum'
 */
export function lowerTurkic(text: string): string {
  return text.replace(/İ/g, 'i').replace(/I/g, 'ı').toLowerCase();
}

/** Combining marks left after NFD: the cedilla of `ç`, the breve of `ğ`, the dots of `ö`... */
const COMBINING = /[\u0300-\u036f]/g;

/**
 * The form text and word stems are compared in: Turkic lower case, then
 * diacritics folded (`ödənişim` → `odenisim`, `şifre` → `sifre`), so reports
 * typed on a keyboard without Turkish letters match the same stems.
 *
 * Folding is safe here because stems and text go through the same function and
 * no stem relies on a distinction it removes (`ı`/`i`, `ə`/`e`, `ş`/`s`...).
 * English text folds cleanly too: `I` → `ı` → `i`.
 */
export function foldText(text: string): string {
  return lowerTurkic(text)
    .normalize('NFD')
    .replace(COMBINING, '')
    .replace(/ı/g, 'i')
    .replace(/ə/g, 'e');
}
