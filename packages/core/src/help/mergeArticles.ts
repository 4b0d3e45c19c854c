import type { FaqArticle } from '@destek/protocol';

/** The lists in order, each article once (by id): the first list's copy wins. */
export function mergeArticles(...lists: ReadonlyArray<readonly FaqArticle[]>): FaqArticle[] {
  const seen = new Set<string>();
  return lists.flat().filter((article) => !seen.has(article.id) && !!seen.add(article.id));
}
