import type { CheckDescription, SupportClient } from '@destek/core';
import type { Translator } from '../../i18n/createTranslator.ts';

/** A check in words: what was checked, how it went, what it means and what to do. */
export interface CheckWords {
  readonly name: string;
  readonly outcome: string;
  /** What the problem means for the user; only for problems. */
  readonly says: string | null;
  readonly fix: string | null;
}

/** Words for one described check; `app` gives the versions the app-version sentence names. */
export function checkWords(
  t: Translator,
  check: CheckDescription,
  app: SupportClient['config']['app'],
): CheckWords {
  const { id, outcome } = check;
  let says: string | null = null;
  if (outcome === 'problem') {
    says =
      id === 'clock-skew'
        ? t.t(check.ahead ? 'checks.says.clockAhead' : 'checks.says.clockBehind', {
            count: check.minutes ?? 1,
          })
        : t.t(`checks.says.${id}`, {
            seconds: check.seconds ?? 0,
            version: app.version ?? '',
            latest: app.latestVersion ?? '',
          });
  }
  return {
    name: t.t(`checks.name.${id}`),
    outcome: t.t(`checks.${outcome}`),
    says,
    fix: check.fix && outcome === 'problem' ? t.t(`checks.fix.${check.fix}`) : null,
  };
}
