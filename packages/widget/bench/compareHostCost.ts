/**
 * The peers benchmark's host-cost figures at one CPU speed: Destek cold,
 * Destek with its idle-time preload and Sentry, each beside the others and
 * against the page without a widget. `runs` is keyed `<scenario>@<rate>x`.
 * "Added" figures are the difference of medians, as in the host-cost benchmark.
 */
import { longTaskText, msText } from './figureText.ts';
import type { HostCostRun } from './measureHostCost.ts';
import { stats } from './stats.ts';

const WIDGETS = ['destekCold', 'destekWithIdlePreload', 'sentry'];
const ALL = ['withoutWidget', ...WIDGETS];

export function compareHostCost(runs: Record<string, HostCostRun[]>, rate: number) {
  const of = (name: string) => runs[`${name}@${rate}x`] ?? [];
  const pick = (name: string, f: (r: HostCostRun) => number | undefined) =>
    of(name)
      .map(f)
      .filter((v): v is number => v !== undefined);
  const added = (name: string, f: (r: HostCostRun) => number) =>
    Math.round((stats(pick(name, f)).median - stats(pick('withoutWidget', f)).median) * 10) / 10;
  const each = <T>(names: string[], f: (name: string) => T) =>
    Object.fromEntries(names.map((name) => [name, f(name)]));
  // Two clicks to Destek's report form: the total, or -1 when one never became usable.
  const total = (opens: number[] | undefined) =>
    opens?.every((v) => v >= 0) ? opens.reduce((a, b) => a + b, 0) : -1;
  return {
    scriptMsAddedAtLoad: each(WIDGETS, (w) => added(w, (r) => r.script)),
    mainThreadMsAddedAtLoad: each(WIDGETS, (w) => added(w, (r) => r.task)),
    longTasksAtLoad: each(ALL, (w) => longTaskText(of(w).map((r) => r.longTasks))),
    layoutShift: each(ALL, (w) => Math.max(0, ...pick(w, (r) => r.shift))),
    openMs: {
      destekColdFirstScreen: msText(pick('destekCold', (r) => r.opens?.[0])),
      destekColdReportForm: msText(pick('destekCold', (r) => total(r.opens))),
      destekWithIdlePreloadFirstScreen: msText(pick('destekWithIdlePreload', (r) => r.opens?.[0])),
      destekWithIdlePreloadReportForm: msText(pick('destekWithIdlePreload', (r) => total(r.opens))),
      sentryDialog: msText(pick('sentry', (r) => r.opens?.[0])),
    },
    scriptMsOnOpen: each(WIDGETS, (w) => msText(pick(w, (r) => r.scriptOnOpen))),
    longTasksOnOpen: each(WIDGETS, (w) => longTaskText(of(w).map((r) => r.openLongTasks ?? []))),
  };
}
