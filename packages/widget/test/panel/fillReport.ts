import type { SupportClient } from '@destek/core';

/** Fills the draft through the builder's actions, as steps 1–3 would. */
export function fillReport(
  client: SupportClient,
  extra: { observed?: string; email?: string } = {},
): void {
  client.report.update({
    summary: 'My deposit has not arrived',
    category: 'payment',
    expected: 'The money in my balance',
    observed: extra.observed ?? 'Error PMT-105 after paying with card 4111 1111 1111 1111',
    contact: { email: extra.email ?? 'ayla@example.com', name: '' },
  });
  client.report.addStep('Reloaded the page');
}
