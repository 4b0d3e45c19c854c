// @vitest-environment happy-dom

import { BackendError } from '@destek/core';
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { fillReport } from './fillReport.ts';
import { renderPanel } from './renderPanel.tsx';

afterEach(cleanup);

describe('sending and the confirmation', () => {
  it('shows the reference number, the first answer due and where replies go', async () => {
    const { client, backend } = await renderPanel({ start: { name: 'report', step: 5 } });
    fillReport(client);
    fireEvent.click(screen.getByRole('button', { name: 'Send report' }));
    await screen.findByRole('heading', { name: 'Report sent' }, { timeout: 5000 });
    const reference = document.querySelector('.reference')?.textContent ?? '';
    expect(reference).toMatch(/^DT-[0-9A-Z]{6}$/);
    expect(screen.getByText(/Expected first answer: within 8 hours/)).toBeTruthy();
    expect(
      screen.getByText('Replies will be sent to ayla@example.com and appear under My requests.'),
    ).toBeTruthy();
    expect(backend.world.tickets.size).toBe(1);
    expect(client.report.draft.value.summary).toBe('');
  });

  it('copies the reference, or selects it when the clipboard is refused', async () => {
    const { client, announcer } = await renderPanel({ start: { name: 'report', step: 5 } });
    fillReport(client);
    fireEvent.click(screen.getByRole('button', { name: 'Send report' }));
    await screen.findByRole('heading', { name: 'Report sent' }, { timeout: 5000 });
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new Error('denied')) },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await expect.poll(() => announcer.status.value).toBe('Selected. Press Ctrl+C (or ⌘C) to copy.');
    expect(document.getSelection()?.toString()).toMatch(/^DT-/);
  });

  it('says the report is saved and waiting when the backend is unreachable', async () => {
    const { client, backend } = await renderPanel({ start: { name: 'report', step: 5 } });
    backend.faults.failNext(5, {
      error: () => new BackendError('offline', 'down'),
      methods: ['submitReport'],
    });
    fillReport(client);
    fireEvent.click(screen.getByRole('button', { name: 'Send report' }));
    await screen.findByRole('heading', { name: 'Report saved' }, { timeout: 5000 });
    expect(
      screen.getByText('Your report is saved on this device and will be sent automatically.'),
    ).toBeTruthy();
    expect(await screen.findByText(/Retrying in \d+ seconds?|Saved, /)).toBeTruthy();
  });
});
