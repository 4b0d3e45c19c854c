import { mergeArticles, rankArticles } from '@destek/core';
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { FaqArticle } from '../coreTypes.ts';
import { usePanel } from '../PanelServices.ts';

/** The search waits for a pause this long in typing: one request per pause, not per letter. */
const PAUSE_MS = 250;
/** Most asked shown before anything is typed: a short list people read, not a catalogue. */
const MOST_ASKED = 5;

/** What {@link useArticleSearch} shows. */
export interface ArticleSearch {
  /** `failed`: the backend did not answer and the `faq` option has nothing either. */
  readonly state: 'loading' | 'ready' | 'failed';
  /** The most asked for an empty query, else the matches, best first. */
  readonly articles: readonly FaqArticle[];
  /** The query the list is for, once typing paused. */
  readonly settled: string;
  retry(): void;
}

/**
 * Self-help articles for what the user types: the backend's most asked
 * (fetched once) and the `faq` option's are searched on the device at once,
 * forgiving of accents and suffixes; after a pause the backend is asked too,
 * and what it finds that the device missed (an error-code family, an article
 * outside the first list) follows. `onSettled` hears the count once per pause.
 */
export function useArticleSearch(
  query: string,
  locale: string,
  onSettled: (count: number) => void,
): ArticleSearch {
  const { client } = usePanel();
  const backend = client.backend;
  const online = backend.capabilities.faq;
  const known = useSignal<readonly FaqArticle[]>(client.config.faq);
  const found = useSignal<readonly FaqArticle[]>([]);
  const settled = useSignal(query.trim());
  const state = useSignal<ArticleSearch['state']>(online ? 'loading' : 'ready');
  const attempt = useSignal(0);

  const listFor = (q: string): FaqArticle[] =>
    q === ''
      ? rankArticles(known.value, { q, locale, limit: MOST_ASKED })
      : mergeArticles(rankArticles(known.value, { q, locale }), found.value).slice(0, 10);

  useEffect(() => {
    if (!online) return;
    const controller = new AbortController();
    state.value = 'loading';
    backend.searchFaq({ locale }, { signal: controller.signal }).then(
      (list) => {
        if (controller.signal.aborted) return;
        known.value = mergeArticles(list, known.value);
        state.value = 'ready';
      },
      () => {
        if (!controller.signal.aborted)
          state.value = client.config.faq.length > 0 ? 'ready' : 'failed';
      },
    );
    return () => controller.abort();
  }, [locale, attempt.value]);

  useEffect(() => {
    const timer = setTimeout(() => {
      settled.value = query.trim();
    }, PAUSE_MS);
    return () => clearTimeout(timer);
  }, [query]);

  useEffect(() => {
    const q = settled.value;
    found.value = [];
    if (q === '') return;
    if (!online) {
      onSettled(listFor(q).length);
      return;
    }
    const controller = new AbortController();
    backend
      .searchFaq({ q, locale }, { signal: controller.signal })
      .then(
        (list) => {
          // A backend that ignores the abort must not show an older query's answer.
          if (controller.signal.aborted) return;
          found.value = list;
          known.value = mergeArticles(known.value, list);
        },
        // Offline or refused: the device's own matches stand.
        () => {},
      )
      .finally(() => {
        if (!controller.signal.aborted) onSettled(listFor(q).length);
      });
    return () => controller.abort();
  }, [settled.value, locale]);

  return {
    state: state.value,
    articles: listFor(query.trim() === '' ? '' : settled.value),
    settled: settled.value,
    retry: () => {
      attempt.value += 1;
    },
  };
}
