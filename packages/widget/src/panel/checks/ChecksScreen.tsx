import { type CheckDescription, describeChecks, runDiagnostics } from '@destek/core';
import { useSignal } from '@preact/signals';
import type { JSX } from 'preact';
import { useEffect } from 'preact/hooks';
import { useT } from '../../i18n/useT.ts';
import { usePanel } from '../PanelServices.ts';
import { ScreenHeading } from '../ScreenHeading.tsx';
import { checkWords } from './checkWords.ts';

/** Marks beside each result; decorative, the words beside them say the same. */
const MARKS = { ok: '✓', problem: '!', unknown: '?' } as const;

/**
 * Quick checks: core's diagnostics worded for people, problems first, each
 * with what to do. Running shows progress; "Run again" repeats them. When
 * something failed, "Report a problem" is offered: core attaches the same
 * checks to every report (the device's run again at send, the backend's are
 * measured while the user reviews).
 */
export function ChecksScreen(): JSX.Element {
  const t = useT();
  const { client, router, announcer } = usePanel();
  const checks = useSignal<CheckDescription[] | null>(null);
  const round = useSignal(0);
  const { app } = client.config;

  useEffect(() => {
    let live = true;
    checks.value = null;
    runDiagnostics({ ...client.config, backend: client.backend }).then((found) => {
      if (!live) return;
      // Without a known latest version there is nothing to compare: not worth a line.
      const shown = describeChecks(found).filter(
        (check) =>
          check.id !== 'app-version' || (app.version !== null && app.latestVersion !== null),
      );
      checks.value = shown;
      const problems = shown.filter((check) => check.outcome === 'problem').length;
      announcer.say(
        problems > 0 ? t.t('checks.found', { count: problems }) : t.t('checks.allGood'),
      );
    });
    return () => {
      live = false;
    };
  }, [round.value]);

  const results = checks.value;
  const problems = results?.filter((check) => check.outcome === 'problem').length ?? 0;
  return (
    <>
      <div class="body" aria-busy={results ? undefined : 'true'}>
        <ScreenHeading>{t.t('checks.title')}</ScreenHeading>
        {results ? (
          <>
            <p>{problems > 0 ? t.t('checks.found', { count: problems }) : t.t('checks.allGood')}</p>
            <ul class="list">
              {results.map((check) => {
                const words = checkWords(t, check, app);
                return (
                  <li key={check.id} class={`card check ${check.outcome}`}>
                    <span class="mark" aria-hidden="true">
                      {MARKS[check.outcome]}
                    </span>
                    <div>
                      <p class="card-title">
                        {words.name}: <span class="status">{words.outcome}</span>
                      </p>
                      {words.says ? <p>{words.says}</p> : null}
                      {words.fix ? <p class="muted">{words.fix}</p> : null}
                    </div>
                  </li>
                );
              })}
            </ul>
            {problems > 0 ? <p class="muted">{t.t('checks.attached')}</p> : null}
          </>
        ) : (
          <>
            <p id="destek-checks-running">{t.t('checks.running')}</p>
            <progress aria-labelledby="destek-checks-running" />
          </>
        )}
      </div>
      <div class="footer">
        <button
          type="button"
          class="btn btn-secondary"
          aria-disabled={results ? undefined : 'true'}
          onClick={() => {
            if (results) round.value += 1;
          }}
        >
          {t.t('checks.again')}
        </button>
        {problems > 0 ? (
          <button
            type="button"
            class="btn btn-primary"
            onClick={() => router.go({ name: 'report', step: 1 })}
          >
            {t.t('home.report')}
          </button>
        ) : null}
      </div>
    </>
  );
}
