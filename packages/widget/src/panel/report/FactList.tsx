import type { JSX } from 'preact';
import { useT } from '../../i18n/useT.ts';
import type { ContextFact } from '../coreTypes.ts';
import { usePanel } from '../PanelServices.ts';

/** The device and app facts, each with a button to leave it out (or put it back). */
export function FactList(props: { facts: readonly ContextFact[] }): JSX.Element | null {
  const t = useT();
  const { client, announcer } = usePanel();
  if (props.facts.length === 0) return null;
  const removed = client.removedFacts.value;
  const name = (key: string) => (t.has(`fact.${key}`) ? t.t(`fact.${key}` as 'fact.browser') : key);
  // Core words yes/no facts in English for agents; the user reads them in their language.
  const shown = (value: string) =>
    value === 'yes' ? t.t('fact.yes') : value === 'no' ? t.t('fact.no') : value;
  return (
    <>
      <h4 id="destek-facts">{t.t('review.facts')}</h4>
      <p class="muted">{t.t('review.factsHelp')}</p>
      <ul class="facts" aria-labelledby="destek-facts">
        {props.facts.map((fact) => {
          const off = removed.has(fact.key);
          return (
            <li key={fact.key} class={off ? 'removed' : undefined}>
              <span class="fact">
                {name(fact.key)}: {shown(fact.value)}
              </span>
              <button
                type="button"
                class="btn btn-secondary"
                aria-label={`${t.t(off ? 'review.restoreFact' : 'review.removeFact')}: ${name(fact.key)}`}
                onClick={() => {
                  client.toggleFact(fact.key);
                  if (!off) announcer.say(t.t('review.removed', { fact: name(fact.key) }));
                }}
              >
                {t.t(off ? 'review.restoreFact' : 'review.removeFact')}
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}
