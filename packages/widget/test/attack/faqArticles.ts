import type { AttackPayload } from './attackCorpus.ts';
import { fitsLength, fitsLine, fitsLineLength, fitsText } from './wireFits.ts';

/** Articles a search word finds together: the widget lists at most ten matches. */
export const GROUP_SIZE = 10;
const TITLE_CHARS = 200;
const STEP_CHARS = 1000;
const STEPS_PER_ARTICLE = 30;

/** One search's worth of articles: the word that finds them, and what each shows. */
export interface FaqGroup {
  word: string;
  titles: string[];
  summaries: string[];
  /** The steps of the group's first (most popular) article; empty when it has none. */
  steps: string[];
}

/**
 * The server's self-help articles, written from the corpus: every payload
 * that fits a title is one article's title, each with a payload as its
 * summary; the payloads that fit a step fill the steps of each group's first
 * article, thirty at a time. Each group of ten shares a keyword no other
 * shares, so one search lists exactly that group. The same articles serve as
 * the server's config and as the widget's `faq` option.
 */
export function faqArticles(
  corpus: readonly AttackPayload[],
  /** Starts each article's id and each group's search word: two sets of articles must not meet. */
  prefix: string,
  /**
   * What an article may hold: the wire's text (`wire`, as the server's config
   * is checked) or the `faq` option's, which bounds length and lines only.
   */
  rules: 'wire' | 'option',
  maxArticles: number,
): {
  articles: unknown[];
  groups: FaqGroup[];
} {
  const line = rules === 'wire' ? fitsLine : fitsLineLength;
  const body = rules === 'wire' ? fitsText : fitsLength;
  const titles = corpus
    .filter((p) => line(p.text, TITLE_CHARS))
    .map((p) => p.text)
    .slice(0, maxArticles);
  const bodies = corpus.filter((p) => body(p.text, STEP_CHARS)).map((p) => p.text);
  const groups: FaqGroup[] = [];
  const articles = titles.map((title, index) => {
    const group = Math.floor(index / GROUP_SIZE);
    // Fixed-length words: the server matches a keyword that starts with the query.
    const word = `${prefix}group${String.fromCharCode(97 + Math.floor(group / 26))}${String.fromCharCode(97 + (group % 26))}`;
    const summary = bodies[index % bodies.length] ?? '';
    const steps =
      index % GROUP_SIZE === 0
        ? bodies.slice(group * STEPS_PER_ARTICLE, (group + 1) * STEPS_PER_ARTICLE)
        : [];
    if (index % GROUP_SIZE === 0) groups.push({ word, titles: [], summaries: [], steps });
    const current = groups[group];
    current?.titles.push(title);
    current?.summaries.push(summary);
    return {
      id: `${prefix}-${index}`,
      locale: 'en',
      category: 'payment',
      title,
      summary,
      steps,
      keywords: [word],
      // The group's first, with the steps, is listed first.
      popularity: 1_000_000 - index,
    };
  });
  return { articles, groups };
}
