/** When to say "typing" again while the agent keeps typing: the server relays each one. */
export const TYPING_RENEW_MS = 3_000;
/** Silence after which the agent counts as no longer typing. */
export const TYPING_IDLE_MS = 5_000;

export interface TypingSender {
  /** The agent typed (call on every input event; sends are throttled). */
  input(): void;
  /** The agent sent or left: say "stopped" now if "typing" was said. */
  stop(): void;
}

/**
 * Throttles the agent's typing indicator: at most one `true` per
 * {@link TYPING_RENEW_MS} while typing, one `false` after
 * {@link TYPING_IDLE_MS} of silence or on `stop()`. Errors are swallowed: a
 * lost indicator is not worth bothering the agent with.
 */
export function createTypingSender(
  send: (active: boolean) => Promise<unknown>,
  now: () => number = Date.now,
): TypingSender {
  let lastSentAt = Number.NEGATIVE_INFINITY;
  let active = false;
  let idle: ReturnType<typeof setTimeout> | undefined;
  const say = (value: boolean) => {
    void send(value).catch(() => {});
  };
  const stop = () => {
    clearTimeout(idle);
    idle = undefined;
    if (!active) return;
    active = false;
    lastSentAt = Number.NEGATIVE_INFINITY;
    say(false);
  };
  return {
    input() {
      if (!active || now() - lastSentAt >= TYPING_RENEW_MS) {
        active = true;
        lastSentAt = now();
        say(true);
      }
      clearTimeout(idle);
      idle = setTimeout(stop, TYPING_IDLE_MS);
    },
    stop,
  };
}
