// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { fillReport } from './fillReport.ts';
import { renderPanel } from './renderPanel.tsx';

afterEach(cleanup);

async function sentTicket() {
  const panel = await renderPanel();
  fillReport(panel.client);
  const entry = await panel.client.send();
  await expect.poll(() => entry.state.value.status, { timeout: 4000 }).toBe('sent');
  const state = entry.state.value;
  if (state.status !== 'sent') throw new Error('not sent');
  panel.router.go({ name: 'ticket', id: state.receipt.id, reference: state.receipt.reference });
  await screen.findByText('Conversation');
  return { ...panel, ticketId: state.receipt.id };
}

describe('one request', () => {
  it('adds information, refusing an empty one in place', async () => {
    const { backend, ticketId } = await sentTicket();
    const form = screen.getByRole('heading', { name: 'Add information' }).closest('form');
    if (!form) throw new Error('no form');
    fireEvent.click(within(form).getByRole('button', { name: 'Send' }));
    expect(within(form).getByText('This is needed.')).toBeTruthy();
    fireEvent.input(within(form).getByLabelText('What would you like to add?'), {
      target: { value: 'Transaction id 99812' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Send' }));
    expect(await screen.findByText('Transaction id 99812')).toBeTruthy();
    expect(
      backend.world.tickets
        .get(ticketId)
        ?.detail.entries.some((e) => e.text === 'Transaction id 99812'),
    ).toBe(true);
  });

  it('asks for escalation with a reason', async () => {
    const { announcer } = await sentTicket();
    const form = screen.getByRole('heading', { name: 'Ask for escalation' }).closest('form');
    if (!form) throw new Error('no form');
    fireEvent.input(within(form).getByLabelText('Why does this need more attention?'), {
      target: { value: 'Three days without an answer' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Send' }));
    expect(await screen.findByText('You asked for escalation.')).toBeTruthy();
    expect(announcer.status.value).toBe(
      'Escalation requested. A senior team member will look at it.',
    );
  });

  it('rates the answer from 1 to 5', async () => {
    const { backend, ticketId } = await sentTicket();
    fireEvent.click(screen.getByRole('radio', { name: '4 stars out of 5' }));
    await expect.poll(() => backend.world.tickets.get(ticketId)?.detail.rating).toBe(4);
    expect((await screen.findAllByText('Thank you for your rating.')).length).toBeGreaterThan(0);
  });
});
