// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { renderPanel } from './renderPanel.tsx';

afterEach(cleanup);

describe('report step 2: steps already tried', () => {
  it('adds a common fix in the user language when its chip is pressed, and removes it again', async () => {
    const { client } = await renderPanel({ locale: 'tr', start: { name: 'report', step: 2 } });
    const chip = screen.getByRole('button', { name: 'Sayfayı yeniledim' });
    fireEvent.click(chip);
    expect(client.report.draft.value.stepsTried).toEqual(['Sayfayı yeniledim']);
    expect(chip.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(chip);
    expect(client.report.draft.value.stepsTried).toEqual([]);
  });

  it('lets the user write their own steps and remove one', async () => {
    const { client } = await renderPanel({ start: { name: 'report', step: 2 } });
    fireEvent.click(screen.getByRole('button', { name: 'Add a step' }));
    fireEvent.input(screen.getByLabelText('Step 1'), { target: { value: 'Called my bank' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add a step' }));
    fireEvent.input(screen.getByLabelText('Step 2'), { target: { value: 'Waited a day' } });
    expect(client.report.draft.value.stepsTried).toEqual(['Called my bank', 'Waited a day']);
    fireEvent.click(screen.getByRole('button', { name: 'Remove step 1' }));
    expect(client.report.draft.value.stepsTried).toEqual(['Waited a day']);
  });

  it('marks a step that is too long', async () => {
    const { router } = await renderPanel({ start: { name: 'report', step: 2 } });
    fireEvent.click(screen.getByRole('button', { name: 'Add a step' }));
    const input = screen.getByLabelText('Step 1');
    fireEvent.input(input, { target: { value: 'x'.repeat(501) } });
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Keep it to 500 characters.')).toBeTruthy();
    expect(router.route.value).toEqual({ name: 'report', step: 2 });
  });
});
