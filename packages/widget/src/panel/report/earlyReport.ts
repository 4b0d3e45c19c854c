import type { SupportClient } from '@destek/core';
import { type Signal, signal } from '@preact/signals';
import type { ReportDraft } from '../coreTypes.ts';

/**
 * Step 1's fields as typed before the client is ready. On a cold open the
 * panel draws step 1 while core is still loading and restoring the draft, so
 * the first keystrokes have to live somewhere until then.
 */
export type EarlyFields = Partial<Pick<ReportDraft, 'summary' | 'category' | 'errorCode'>>;

export function createEarlyReport(): Signal<EarlyFields> {
  return signal({});
}

/**
 * Makes `ready` the panel's client and gives it what was typed before, in one
 * turn, so step 1's fields never show an empty moment. What the user typed
 * wins over the restored draft, field by field, as core's drafts do with
 * typing that starts before their restore finishes.
 */
export function adoptClient(
  client: Signal<SupportClient | null>,
  early: Signal<EarlyFields>,
  ready: SupportClient,
): void {
  const typed = early.peek();
  if (Object.keys(typed).length > 0) ready.report.update(typed);
  early.value = {};
  client.value = ready;
}
