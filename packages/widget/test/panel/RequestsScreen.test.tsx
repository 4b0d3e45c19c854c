// @vitest-environment happy-dom
import { BackendError } from '@destek/core';
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { fillReport } from './fillReport.ts';
import { renderPanel } from './renderPanel.tsx';

afterEach(cleanup);

describe('my requests', () => {
  it('words a report the outbox keeps retrying, with a countdown', async () => {
    const { client, backend } = await renderPanel({ start: { name: 'requests' } });
    backend.faults.failNext(50, {
      error: () => new BackendError('server', 'down'),
      methods: ['submitReport'],
    });
    fillReport(client);
    await client.send();
    expect(await screen.findByText('On this device')).toBeTruthy();
    expect(
      await screen.findByText(/^Retrying in \d+ seconds?$/, {}, { timeout: 4000 }),
    ).toBeTruthy();
  });

  it('lets the user fix and resend a report the backend refused', async () => {
    const { client, backend, router } = await renderPanel({ start: { name: 'requests' } });
    backend.faults.failNext(1, {
      error: () => new BackendError('invalid', 'bad summary', { field: 'summary' }),
      methods: ['submitReport'],
    });
    fillReport(client);
    await client.send();
    const status = await screen.findByText(
      'Needs your attention: the support service refused part of the report. (Summary)',
    );
    expect(status).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Edit and send again' }));
    expect(router.route.value.name).toBe('entry');
    fireEvent.input(screen.getByLabelText('Summary'), { target: { value: 'Deposit missing' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send again' }));
    await screen.findByRole('heading', { name: 'Report sent' }, { timeout: 5000 });
    expect([...backend.world.tickets.values()].map((t) => t.detail.summary)).toEqual([
      'Deposit missing',
    ]);
  });

  it('lists sent requests with status and dates, and shows replies as text', async () => {
    const { client, backend } = await renderPanel({ start: { name: 'home' } });
    fillReport(client);
    const entry = await client.send();
    await expect.poll(() => entry.state.value.status, { timeout: 4000 }).toBe('sent');
    const state = entry.state.value;
    if (state.status !== 'sent') throw new Error('not sent');
    await backend.agent.replyToTicket(state.receipt.id, '<b>Hello</b>, we are checking PMT-105.');
    fireEvent.click(screen.getByRole('button', { name: /My requests/ }));
    const open = await screen.findByRole('button', {
      name: new RegExp(`^${state.receipt.reference}: My deposit`),
    });
    expect(screen.getByText(/^Sent /)).toBeTruthy();
    expect(screen.getByText(/First answer/)).toBeTruthy();
    fireEvent.click(open);
    const reply = await screen.findByText(/we are checking PMT-105/);
    expect(reply.textContent).toContain('<b>Hello</b>');
    expect(reply.querySelector('b')).toBeNull();
  });
});
