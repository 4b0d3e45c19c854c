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

// On a cold open step 1 draws while core is still loading: the user may type,
// choose nothing yet (the categories are the client's) and press Next.
describe('report step 1 before the client is ready', () => {
  const early = () => renderPanel({ start: { name: 'report', step: 1 }, clientLater: true });

  it('takes typing at once and hands it to the client, in the same focused field', async () => {
    const { client, arrive } = await early();
    const summary = screen.getByLabelText('Summary') as HTMLInputElement;
    summary.focus();
    fireEvent.input(summary, { target: { value: 'The basket empties itself' } });
    expect(client.report.draft.value.summary).toBe('');
    expect(screen.queryByText('Start over')).toBeNull();

    arrive();
    expect(client.report.draft.value.summary).toBe('The basket empties itself');
    await screen.findByText('Start over');
    expect(screen.getByLabelText('Summary')).toBe(summary);
    expect(summary.value).toBe('The basket empties itself');
    expect(document.activeElement).toBe(summary);
    // Typing after the hand-over goes to the client directly.
    fireEvent.input(summary, { target: { value: 'The basket empties itself at checkout' } });
    expect(client.report.draft.value.summary).toBe('The basket empties itself at checkout');
  });

  it('keeps the restored draft except the fields the user typed before it arrived', async () => {
    const { client, arrive } = await early();
    // What core restored from storage while the panel was already drawn.
    client.report.update({
      summary: 'Old summary',
      observed: 'Old observed text',
      category: 'bonus',
    });
    fireEvent.input(screen.getByLabelText('Error code, if you saw one'), {
      target: { value: 'PMT-105' },
    });
    arrive();
    expect(client.report.draft.value).toMatchObject({
      summary: 'Old summary',
      observed: 'Old observed text',
      category: 'bonus',
      errorCode: 'PMT-105',
    });
    await waitFor(() =>
      expect((screen.getByLabelText('Summary') as HTMLInputElement).value).toBe('Old summary'),
    );
    fireEvent.input(screen.getByLabelText('Summary'), { target: { value: 'New summary' } });
    expect(client.report.draft.value.summary).toBe('New summary');
  });

  it('lists the categories once the client has them', async () => {
    const { arrive } = await early();
    const category = screen.getByLabelText('Category') as HTMLSelectElement;
    expect(category.disabled).toBe(true);
    expect(category.options).toHaveLength(1);
    arrive();
    await waitFor(() => expect(category.disabled).toBe(false));
    expect(category.options.length).toBeGreaterThan(1);
    fireEvent.change(category, { target: { value: 'technical' } });
    expect((screen.getByLabelText('Category') as HTMLSelectElement).value).toBe('technical');
  });

  it('checks and leaves the step on a Next pressed before the client, once it arrives', async () => {
    const { router, arrive } = await early();
    fireEvent.input(screen.getByLabelText('Summary'), {
      target: { value: 'App crashes on start' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(router.route.value).toEqual({ name: 'report', step: 1 });
    arrive();
    // No category yet: the step stays, and says why.
    await waitFor(() =>
      expect(screen.getByLabelText('Category').getAttribute('aria-invalid')).toBe('true'),
    );
    expect(router.route.value).toEqual({ name: 'report', step: 1 });
    fireEvent.change(screen.getByLabelText('Category'), { target: { value: 'technical' } });
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(router.route.value).toEqual({ name: 'report', step: 2 });
  });

  it('moves on by itself when the step was already complete', async () => {
    const { client, router, arrive } = await early();
    client.report.update({ category: 'technical' });
    fireEvent.input(screen.getByLabelText('Summary'), {
      target: { value: 'App crashes on start' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    arrive();
    await waitFor(() => expect(router.route.value).toEqual({ name: 'report', step: 2 }));
    // Two presses, one step: the second found the flow already moved on.
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(router.route.value).toEqual({ name: 'report', step: 2 });
  });
});
