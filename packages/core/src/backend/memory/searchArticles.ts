import type { FaqArticle } from '@destek/protocol';

/** At most this many articles per answer, as the wire schema allows. */
const MAX_RESULTS = 100;

/**
 * Articles in the locale (a `tr` query matches `tr-TR`) whose title, summary or
 * keywords hold every word of `q`, most popular first; all of the locale's
 * articles when `q` is empty.
 */
export function searchArticles(
  articles: readonly FaqArticle[],
  query: { q?: string; locale?: string },
): FaqArticle[] {
  const locale = query.locale?.toLowerCase();
  const language = locale?.split('-')[0];
  const words = (query.q ?? '').toLocaleLowerCase().split(/\s+/u).filter(Boolean);
  return articles
    .filter((article) => {
      const own = article.locale.toLowerCase();
      if (locale !== undefined && own !== locale && own.split('-')[0] !== language) return false;
      const haystack = [article.title, article.summary, ...article.keywords]
        .join(' ')
        .toLocaleLowerCase();
      return words.every((word) => haystack.includes(word));
    })
    .sort((a, b) => b.popularity - a.popularity)
    .slice(0, MAX_RESULTS)
    .map((article) => structuredClone(article));
}
