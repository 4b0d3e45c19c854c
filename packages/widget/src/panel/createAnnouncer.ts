import { type ReadonlySignal, signal } from '@preact/signals';

/** What the panel's two live regions say. */
export interface Announcer {
  /** Text of the polite region (progress, saved, copied). */
  readonly status: ReadonlySignal<string>;
  /** Text of the assertive region (errors that block the user). */
  readonly alert: ReadonlySignal<string>;
  say(text: string): void;
  alarm(text: string): void;
}

/**
 * Two live regions' texts. A region is emptied first and refilled on the next
 * task: screen readers announce a change, so the same text twice is heard twice.
 */
export function createAnnouncer(
  schedule: (fn: () => void) => void = (fn) => setTimeout(fn, 50),
): Announcer {
  const status = signal('');
  const alert = signal('');
  const put = (target: typeof status, text: string) => {
    target.value = '';
    schedule(() => {
      target.value = text;
    });
  };
  return {
    status,
    alert,
    say: (text) => put(status, text),
    alarm: (text) => put(alert, text),
  };
}
