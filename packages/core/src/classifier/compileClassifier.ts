import { type ClassifyOptions, DEFAULT_CATEGORIES, DEFAULT_FALLBACKS } from './ClassifyOptions.ts';
import { DEFAULT_CATEGORY_KEYWORDS } from './categoryKeywords.ts';
import { DEFAULT_FAMILY_MAP } from './errorFamilies.ts';
import { DEFAULT_PRIORITY_KEYWORDS } from './priorityKeywords.ts';
import { compileStems, type StemMatcher } from './stemMatcher.ts';

/** Options turned into what `classify` runs on; built once per options object. */
export interface CompiledClassifier {
  readonly categories: readonly string[];
  /** Family (upper case) → a listed category. */
  readonly families: ReadonlyMap<string, string>;
  readonly familyNames: readonly string[];
  readonly words: StemMatcher;
  readonly priorityWords: StemMatcher;
  /** Where a suspected takeover adds evidence: `login`, or its fallback. */
  readonly takeoverCategory: string | undefined;
}

/** The listed category a built-in one's evidence counts for, or undefined. */
function target(
  category: string,
  listed: ReadonlySet<string>,
  fallbacks: Readonly<Record<string, string>>,
) {
  if (listed.has(category)) return category;
  const fallback = fallbacks[category];
  return fallback !== undefined && listed.has(fallback) ? fallback : undefined;
}

function addStems(
  into: Record<string, string[]>,
  category: string | undefined,
  stems: string | readonly string[],
): void {
  if (category === undefined) return;
  const list = typeof stems === 'string' ? stems.split('|') : stems;
  into[category] = [...(into[category] ?? []), ...list];
}

const cache = new WeakMap<ClassifyOptions, CompiledClassifier>();

/** Resolves and compiles options; the same options object compiles once. */
export function compileClassifier(options: ClassifyOptions): CompiledClassifier {
  const cached = cache.get(options);
  if (cached) return cached;
  const categories = options.categories ?? DEFAULT_CATEGORIES;
  const listed = new Set(categories);
  const fallbacks = options.fallbacks ?? DEFAULT_FALLBACKS;
  const stems: Record<string, string[]> = {};
  if (options.builtInKeywords !== false) {
    for (const [category, list] of Object.entries(DEFAULT_CATEGORY_KEYWORDS)) {
      addStems(stems, target(category, listed, fallbacks), list);
    }
  }
  for (const [category, list] of Object.entries(options.keywords ?? {})) {
    addStems(stems, listed.has(category) ? category : undefined, list);
  }
  const families = new Map<string, string>();
  for (const [family, category] of Object.entries({ ...DEFAULT_FAMILY_MAP, ...options.families })) {
    const to = target(category, listed, fallbacks);
    if (to !== undefined) families.set(family.toUpperCase(), to);
  }
  const compiled: CompiledClassifier = {
    categories,
    families,
    familyNames: [
      ...new Set(
        [...Object.keys(DEFAULT_FAMILY_MAP), ...Object.keys(options.families ?? {})].map((f) =>
          f.toUpperCase(),
        ),
      ),
    ],
    words: compileStems(stems),
    priorityWords: compileStems(DEFAULT_PRIORITY_KEYWORDS),
    takeoverCategory: target('login', listed, fallbacks),
  };
  cache.set(options, compiled);
  return compiled;
}
