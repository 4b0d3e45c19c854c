import { LIMITS } from '@destek/core';
import { useSignal } from '@preact/signals';
import type { JSX } from 'preact';
import { useT } from '../../i18n/useT.ts';
import { usePanel } from '../PanelServices.ts';
import { ScreenHeading } from '../ScreenHeading.tsx';
import { startReport } from './startReport.ts';
import { useArticleSearch } from './useArticleSearch.ts';

const SEARCH_ID = 'destek-help-q';
const LIST_ID = 'destek-help-list';

/**
 * Help before contact: the most asked articles, and search as you type
 * (forgiving of accents and suffixes). The count is announced once typing
 * pauses. "Report a problem" stays in reach, carrying an unanswered search.
 */
export function HelpScreen(props: { q?: string | undefined }): JSX.Element {
  const t = useT();
  const { client, router, announcer } = usePanel();
  const query = useSignal(props.q ?? '');
  const search = useArticleSearch(query.value, t.locale, (count) =>
    announcer.say(t.t('help.results', { count })),
  );
  const typed = query.value.trim() !== '';
  const report = () => {
    startReport(client, { query: search.articles.length === 0 ? search.settled : undefined });
    router.go({ name: 'report', step: 1 });
  };
  return (
    <>
      <div class="body" aria-busy={search.state === 'loading' ? 'true' : undefined}>
        <ScreenHeading>{t.t('help.title')}</ScreenHeading>
        <div class="field">
          <label for={SEARCH_ID}>{t.t('help.search')}</label>
          <input
            id={SEARCH_ID}
            class="input"
            type="search"
            autoComplete="off"
            enterKeyHint="search"
            maxLength={LIMITS.searchQueryChars}
            value={query.value}
            onInput={(event) => {
              query.value = event.currentTarget.value;
            }}
          />
        </div>
        {search.state === 'failed' && !typed ? (
          <p role="alert">
            {t.t('help.loadFailed')}{' '}
            <button type="button" class="link-btn" onClick={search.retry}>
              {t.t('panel.retry')}
            </button>
          </p>
        ) : search.state === 'loading' && !typed ? (
          <p class="muted">{t.t('panel.loading')}</p>
        ) : search.articles.length === 0 ? (
          <p>{t.t(typed ? 'help.noMatch' : 'help.none')}</p>
        ) : (
          <>
            <h4 id={LIST_ID}>
              {typed
                ? t.t('help.results', { count: search.articles.length })
                : t.t('help.mostAsked')}
            </h4>
            <ul class="menu" aria-labelledby={LIST_ID}>
              {search.articles.map((article) => (
                <li key={article.id}>
                  <button
                    type="button"
                    class="menu-item"
                    onClick={() => {
                      // Back from the article shows this search again.
                      router.replace({ name: 'help', q: query.value });
                      router.go({ name: 'article', article });
                    }}
                  >
                    <strong>{article.title}</strong>
                    {article.summary ? <span class="clamp">{article.summary}</span> : null}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <div class="footer">
        <span class="muted">{t.t('help.notFound')}</span>
        <button type="button" class="btn btn-secondary" onClick={report}>
          {t.t('home.report')}
        </button>
      </div>
    </>
  );
}
