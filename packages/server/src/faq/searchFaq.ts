import type { FaqArticle } from '@destek/protocol';

/** Folds case and the Turkish/Azerbaijani letters people often type without their marks. */
function fold(value: string): string {
  return value
    .toLocaleLowerCase('tr')
    .replace(/[ıİ]/g, 'i')
    .replace(/ə/g, 'e')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

const MAX_RESULTS = 20;

/**
 * The articles for a locale that match a query, best first. With no query,
 * the most asked. A word matches a keyword or title word it starts; keywords
 * weigh more than the title, the summary least. An error code such as
 * `PMT-105` also matches its family (`PMT`).
 */
export function searchFaq(
  articles: readonly FaqArticle[],
  query: string,
  locale: string | undefined,
): FaqArticle[] {
  const language = locale?.split('-')[0]?.toLowerCase();
  let pool = language
    ? articles.filter((a) => a.locale.split('-')[0]?.toLowerCase() === language)
    : [...articles];
  if (language && pool.length === 0) pool = articles.filter((a) => a.locale.startsWith('en'));
  const words = fold(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 2);
  if (words.length === 0)
    return pool.sort((a, b) => b.popularity - a.popularity).slice(0, MAX_RESULTS);
  const scored = pool.map((article) => {
    const keywords = article.keywords.map(fold);
    const title = fold(article.title).split(/[^\p{L}\p{N}]+/u);
    const summary = fold(article.summary);
    let score = 0;
    for (const word of words) {
      if (keywords.some((k) => k === word || k.startsWith(word) || word.startsWith(k))) score += 3;
      if (title.some((t) => t.startsWith(word))) score += 2;
      if (summary.includes(word)) score += 1;
    }
    return { article, score };
  });
  return scored
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || b.article.popularity - a.article.popularity)
    .slice(0, MAX_RESULTS)
    .map((s) => s.article);
}
