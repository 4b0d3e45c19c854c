import type { FaqArticle } from '@destek/protocol';

/** `und` (undetermined): an article given without a locale, shown in every one. */
export const ANY_LOCALE = 'und';

/**
 * A self-help article of the `faq` option: for a backend that serves none,
 * or on top of the backend's. Shown as text, never as HTML or markdown.
 */
export interface FaqArticleOption {
  /** Lower-case slug, unique among the articles (`reset-password`). */
  id: string;
  /** Language tag of the text (`tr`). @default every locale */
  locale?: string;
  title: string;
  /** One or two sentences shown under the title. @default '' */
  summary?: string;
  /** What to do, one entry per step. @default [] */
  steps?: string[];
  /** Words people search with that the text lacks (`otp`, `sms`, `PMT`). @default [] */
  keywords?: string[];
  /** The report category it is about, carried into a report when it did not help. @default 'other' */
  category?: string;
  /** Orders "most asked", highest first. @default 0 (the option's own order) */
  popularity?: number;
}

/** An article as the options schema passes it on: an optional field may also hold `undefined`. */
type ParsedOption = Pick<FaqArticleOption, 'id' | 'title'> & {
  [K in Exclude<keyof FaqArticleOption, 'id' | 'title'>]?: FaqArticleOption[K] | undefined;
};

/** The option's articles in the wire's shape, every default filled in. */
export function toFaqArticles(options: readonly ParsedOption[]): FaqArticle[] {
  return options.map((o) => ({
    id: o.id,
    locale: o.locale ?? ANY_LOCALE,
    category: o.category ?? 'other',
    title: o.title,
    summary: o.summary ?? '',
    steps: [...(o.steps ?? [])],
    keywords: [...(o.keywords ?? [])],
    popularity: o.popularity ?? 0,
  }));
}
