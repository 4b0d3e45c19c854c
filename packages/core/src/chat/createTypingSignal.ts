import type { Timers } from '../outbox/platform.ts';

/** The visitor's "typing" as the agent sees it. */
export interface TypingSignal {
  /** A keystroke. */
  keystroke(): void;
  /** The visitor sent, or left: "stopped typing" now if "typing" was said. */
  stop(): void;
}

/**
 * Throttles "typing" to one `active` per `everyMs` while keys are pressed,
 * and says `inactive` after `idleMs` without one, so the agent's indicator
 * follows the visitor without a request per keystroke.
 */
export function createTypingSignal(
  say: (active: boolean) => void,
  everyMs: number,
  idleMs: number,
  clock: () => number,
  timers: Timers,
): TypingSignal {
  let saidAt: number | null = null;
  let idle: unknown = null;
  const stop = () => {
    if (idle !== null) timers.clearTimeout(idle);
    idle = null;
    if (saidAt === null) return;
    saidAt = null;
    say(false);
  };
  return {
    keystroke() {
      const now = clock();
      if (saidAt === null || now - saidAt >= everyMs) {
        saidAt = now;
        say(true);
      }
      if (idle !== null) timers.clearTimeout(idle);
      idle = timers.setTimeout(stop, idleMs);
    },
    stop,
  };
}
