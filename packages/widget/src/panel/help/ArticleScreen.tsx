import { useSignal } from '@preact/signals';
import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useT } from '../../i18n/useT.ts';
import type { FaqArticle } from '../coreTypes.ts';
import { usePanel } from '../PanelServices.ts';
import { ScreenHeading } from '../ScreenHeading.tsx';
import { startReport } from './startReport.ts';

/**
 * One article: its summary and steps, as text (never HTML), then "Did this
 * solve it?". Yes counts a deflection and thanks; No offers a report or a
 * chat, both starting from a draft that carries the article. The answer is
 * sent only for the backend's articles: the `faq` option's are unknown to it.
 */
export function ArticleScreen(props: { article: FaqArticle }): JSX.Element {
  const t = useT();
  const { client, router } = usePanel();
  const { article } = props;
  const answer = useSignal<'asked' | 'yes' | 'no'>('asked');
  const next = useRef<HTMLButtonElement>(null);
  const chat = client.backend.capabilities.liveChat;

  // The Yes/No buttons are gone once answered: focus goes to what replaced them.
  useEffect(() => {
    if (answer.value !== 'asked') next.current?.focus();
  }, [answer.value]);

  const reply = (helped: boolean) => {
    answer.value = helped ? 'yes' : 'no';
    if (client.backend.capabilities.faq && !client.config.faq.includes(article)) {
      // A lost answer costs a statistic, not the user's time: nothing to retry or show.
      client.backend.faqFeedback(article.id, helped).catch(() => {});
    }
  };
  const go = (name: 'report' | 'chat') => {
    startReport(client, { article, tried: t.t('help.tried', { title: article.title }) });
    router.go(name === 'report' ? { name, step: 1 } : { name });
  };

  return (
    <div class="body">
      <ScreenHeading>{article.title}</ScreenHeading>
      {article.summary ? <p class="prose">{article.summary}</p> : null}
      {article.steps.length > 0 ? (
        <>
          <h4>{t.t('help.steps')}</h4>
          <ol class="steps prose">
            {article.steps.map((step, index) => (
              // Steps are fixed text (two may read the same): their place is their identity.
              <li key={index}>{step}</li>
            ))}
          </ol>
        </>
      ) : null}
      <div class="hint feedback">
        {answer.value === 'asked' ? (
          <fieldset>
            <legend>{t.t('help.solved')}</legend>
            <div class="actions">
              <button type="button" class="btn btn-secondary" onClick={() => reply(true)}>
                {t.t('help.yes')}
              </button>
              <button type="button" class="btn btn-secondary" onClick={() => reply(false)}>
                {t.t('help.no')}
              </button>
            </div>
          </fieldset>
        ) : answer.value === 'yes' ? (
          <>
            <p role="status">{t.t('help.thanks')}</p>
            <button type="button" ref={next} class="btn btn-primary" onClick={() => router.reset()}>
              {t.t('help.done')}
            </button>
          </>
        ) : (
          <>
            <p role="status">{t.t('help.sorry')}</p>
            <div class="actions">
              <button type="button" ref={next} class="btn btn-primary" onClick={() => go('report')}>
                {t.t('home.report')}
              </button>
              {chat ? (
                <button type="button" class="btn btn-secondary" onClick={() => go('chat')}>
                  {t.t('help.chat')}
                </button>
              ) : null}
            </div>
          </>
        )}
      </div>
    </div>
  );
}
