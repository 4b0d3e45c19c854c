// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { renderPanel } from './renderPanel.tsx';

afterEach(cleanup);

describe('report step 1: summary and category', () => {
  it('shows the missing summary and category next to their fields after Next', async () => {
    const { router } = await renderPanel({ start: { name: 'report', step: 1 } });
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    const summary = screen.getByLabelText('Summary');
    expect(summary.getAttribute('aria-invalid')).toBe('true');
    const describedBy = summary.getAttribute('aria-describedby') ?? '';
    const issue = describedBy
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent)
      .join(' ');
    expect(issue).toContain('This is needed.');
    expect(screen.getByLabelText('Category').getAttribute('aria-invalid')).toBe('true');
    expect(router.route.value).toEqual({ name: 'report', step: 1 });
  });

  it('suggests the category the classifier finds and applies it on request', async () => {
    const { client } = await renderPanel({ start: { name: 'report', step: 1 } });
    fireEvent.input(screen.getByLabelText('Summary'), {
      target: { value: 'My deposit has not arrived, error PMT-105' },
    });
    await screen.findByText('Suggested from your text: Payments and withdrawals');
    expect(screen.getByText(/Error code found in your text: PMT-105/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Use Payments and withdrawals' }));
    expect(client.report.draft.value.category).toBe('payment');
  });

  it('warns when the chosen category disagrees with the text', async () => {
    const { client } = await renderPanel({ start: { name: 'report', step: 1 } });
    fireEvent.input(screen.getByLabelText('Summary'), {
      target: { value: 'Withdrawal to my card failed with PMT-105 and the money is gone' },
    });
    fireEvent.change(screen.getByLabelText('Category'), { target: { value: 'bonus' } });
    await screen.findByText('This sounds like a Payments and withdrawals problem.');
    fireEvent.click(screen.getByRole('button', { name: 'Use Payments and withdrawals' }));
    await waitFor(() => expect(client.report.draft.value.category).toBe('payment'));
  });

  it('moves on once the step is valid', async () => {
    const { router } = await renderPanel({ start: { name: 'report', step: 1 } });
    fireEvent.input(screen.getByLabelText('Summary'), {
      target: { value: 'The app crashes on start' },
    });
    fireEvent.change(screen.getByLabelText('Category'), { target: { value: 'technical' } });
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(router.route.value).toEqual({ name: 'report', step: 2 });
    expect(screen.getByText('Step 2 of 5: What you tried')).toBeTruthy();
  });

  it('starts over with an empty draft on request', async () => {
    const { client } = await renderPanel({ start: { name: 'report', step: 1 } });
    fireEvent.input(screen.getByLabelText('Summary'), {
      target: { value: 'Login code never arrives' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Start over' }));
    expect(client.report.draft.value.summary).toBe('');
    expect((screen.getByLabelText('Summary') as HTMLInputElement).value).toBe('');
  });
});
