import type { ChaosRunOptions } from './runChaos.ts';

/** The run's settings from the environment, so CI, the bench and a replay share one reading. */
export type ChaosSettings = Omit<ChaosRunOptions, 'scriptDir' | 'log'> & { lanes: number };

/**
 * - `DESTEK_CHAOS_TRIALS`: how many trials (default `trials`);
 * - `DESTEK_CHAOS_SEED`: the seed (default a random one, printed by the caller);
 * - `DESTEK_CHAOS_ONLY`: trial numbers to run alone, `17` or `3,17` (replaying a failure);
 * - `DESTEK_CHAOS_LANES`: users at once, each with a browser (default 2);
 * - `DESTEK_CHAOS_WINDOW_MS`: the moment's range after Send (default 2500);
 * - `DESTEK_CHAOS_FIRST_VISITS`: share of trials on a brand-new profile (default 0).
 */
export function chaosSettings(env: NodeJS.ProcessEnv, trials: number): ChaosSettings {
  const number = (name: string, fallback: number) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < 0)
      throw new Error(`${name} must be a number, not ${raw}`);
    return value;
  };
  const only = env.DESTEK_CHAOS_ONLY?.split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map(Number);
  const settings: ChaosSettings = {
    trials: number('DESTEK_CHAOS_TRIALS', trials),
    seed: number('DESTEK_CHAOS_SEED', Math.floor(Math.random() * 2 ** 31)),
    lanes: Math.max(1, Math.floor(number('DESTEK_CHAOS_LANES', 2))),
    windowMs: number('DESTEK_CHAOS_WINDOW_MS', 2500),
    firstVisitRate: number('DESTEK_CHAOS_FIRST_VISITS', 0),
  };
  if (only && only.length > 0) settings.only = only;
  return settings;
}
