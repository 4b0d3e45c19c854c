// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { fillReport } from './fillReport.ts';
import { renderPanel } from './renderPanel.tsx';

afterEach(cleanup);

describe('report step 5: review', () => {
  it('shows the text after redaction and says what was hidden', async () => {
    const { client } = await renderPanel({ start: { name: 'report', step: 5 } });
    fillReport(client);
    const observed = await screen.findByText(/Error PMT-105 after paying with card \[card\]/);
    expect(observed.textContent).not.toContain('4111');
    expect(screen.getByText('Hidden to protect you: 1 card number')).toBeTruthy();
  });

  it('lets each device fact be removed and added back', async () => {
    const { client } = await renderPanel({ start: { name: 'report', step: 5 } });
    fillReport(client);
    const facts = await screen.findByRole('list', { name: 'Device and app details' });
    const remove = within(facts).getByRole('button', { name: 'Remove: App' });
    fireEvent.click(remove);
    expect(client.removedFacts.value.has('app.name')).toBe(true);
    fireEvent.click(within(facts).getByRole('button', { name: 'Add back: App' }));
    expect(client.removedFacts.value.has('app.name')).toBe(false);
  });

  it('offers the priorities with an honest guide', async () => {
    const { client } = await renderPanel({ start: { name: 'report', step: 5 } });
    const group = screen.getByRole('group', { name: 'Priority' });
    expect(within(group).getByText(/urgent is for missing money/)).toBeTruthy();
    fireEvent.click(within(group).getByRole('radio', { name: /Low/ }));
    expect(client.report.draft.value.priority).toBe('low');
  });

  it('asks an anonymous user for an e-mail and refuses a wrong one', async () => {
    const { client } = await renderPanel({ start: { name: 'report', step: 5 } });
    fillReport(client, { email: 'not-an-address' });
    fireEvent.click(screen.getByRole('button', { name: 'Send report' }));
    const email = screen.getByLabelText('Your e-mail');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('This does not look like an e-mail address.')).toBeTruthy();
  });

  it('does not ask an identified user for an e-mail', async () => {
    await renderPanel({
      start: { name: 'report', step: 5 },
      core: { user: { id: 'u-42', name: 'Ayla' } },
    });
    expect(screen.queryByLabelText('Your e-mail')).toBeNull();
  });
});
