import type { FaqArticle } from '@destek/protocol';

import { ANY_LOCALE } from './FaqArticleOption.ts';

const languageOf = (tag: string) => tag.toLowerCase().split('-')[0];

/**
 * The articles in the language of `locale` (`tr` matches `tr-TR`), plus those
 * for any locale; when none is in that language, the English ones, as the
 * reference server does.
 */
export function forLocale(articles: readonly FaqArticle[], locale: string): FaqArticle[] {
  const pick = (language: string | undefined) =>
    articles.filter((article) => languageOf(article.locale) === language);
  const any = pick(ANY_LOCALE);
  const own = pick(languageOf(locale));
  return own.length > 0 ? [...own, ...any] : [...pick('en'), ...any];
}
