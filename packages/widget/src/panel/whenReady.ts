import type { SupportClient } from '@destek/core';
import { effect, type ReadonlySignal } from '@preact/signals';

/** Runs `act` with the client now, or once it is ready (a host call made during a cold open). */
export function whenReady(
  client: ReadonlySignal<SupportClient | null>,
  act: (ready: SupportClient) => void,
): void {
  if (client.value) {
    act(client.value);
    return;
  }
  let done = false;
  const stop = effect(() => {
    const ready = client.value;
    if (!ready || done) return;
    done = true;
    // Outside the effect's own run, so `act` reading signals does not subscribe to them.
    queueMicrotask(() => {
      stop();
      act(ready);
    });
  });
}

/** `open({ category })`: preselects the category unless the user already chose one. */
export function pendingCategory(
  client: ReadonlySignal<SupportClient | null>,
  category: string,
): void {
  whenReady(client, (ready) => {
    if (ready.report.draft.value.category === null) ready.report.update({ category });
  });
}
