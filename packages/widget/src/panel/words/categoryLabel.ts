import type { Translator } from '../../i18n/createTranslator.ts';
import type { ResolvedCategory } from '../coreTypes.ts';

/**
 * A category's label: the site's own for this locale (or its language), else
 * the catalog's wording of a built-in id, else the id itself.
 */
export function categoryLabel(
  t: Translator,
  categories: readonly ResolvedCategory[],
  id: string,
): string {
  const own = categories.find((c) => c.id === id)?.labels;
  const language = t.locale.split('-')[0] ?? t.locale;
  const label = own?.[t.locale] ?? own?.[language];
  if (label) return label;
  const key = `category.${id}`;
  return t.has(key) ? t.t(key) : id;
}
