import type { FaqArticle } from '@destek/protocol';
import { tokenize } from '../classifier/stemMatcher.ts';
import { forLocale } from './forLocale.ts';
import { matchWord } from './matchWord.ts';
import { searchWords } from './searchWords.ts';

/** What a match in each part is worth: title > keywords > summary > steps. */
const WEIGHTS = [8, 6, 3, 1] as const;

/** An article's folded words per part, in {@link WEIGHTS} order; made once per article. */
const wordsOf = new WeakMap<FaqArticle, readonly string[][]>();

function partsOf(article: FaqArticle): readonly string[][] {
  let parts = wordsOf.get(article);
  if (!parts) {
    parts = [
      article.title,
      article.keywords.join(' '),
      article.summary,
      article.steps.join(' '),
    ].map(tokenize);
    wordsOf.set(article, parts);
  }
  return parts;
}

/** The best a query word scores in an article: its best match in its best part. */
function scoreWord(query: string, parts: readonly string[][]): number {
  let best = 0;
  parts.forEach((words, part) => {
    const weight = WEIGHTS[part] ?? 0;
    if (weight <= best) return;
    for (const word of words) best = Math.max(best, weight * matchWord(query, word));
  });
  return best;
}

/** Options of {@link rankArticles}. */
export interface ArticleQuery {
  /** What the user typed; empty (or only words like "my", "how") for the most asked. */
  q: string;
  /** The UI's language tag (`tr-TR`): articles in its language, else in English. */
  locale: string;
  /** @default 10 */
  limit?: number;
}

/**
 * The articles for a query, best first, forgiving of accents, Turkish and
 * Azerbaijani letters typed without their marks (ş/s, ı/i, ə/e…), and
 * suffixes ("şifremi" finds "şifre", "kartımdan" finds "kart"). A match in the
 * title counts most, then keywords, summary and steps; each query word adds
 * its best match, so articles matching more of the query rank higher. With no
 * query, the most asked: by `popularity`, ties in the given order.
 */
export function rankArticles(articles: readonly FaqArticle[], query: ArticleQuery): FaqArticle[] {
  const limit = query.limit ?? 10;
  // A stable sort: ties keep the backend's (or the option's) order.
  const pool = forLocale(articles, query.locale).sort((a, b) => b.popularity - a.popularity);
  const words = searchWords(query.q);
  if (words.length === 0) return pool.slice(0, limit);
  return pool
    .map((article) => {
      const parts = partsOf(article);
      return { article, score: words.reduce((sum, word) => sum + scoreWord(word, parts), 0) };
    })
    .filter((scored) => scored.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map((scored) => scored.article);
}
