// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { renderPanel } from './renderPanel.tsx';

afterEach(cleanup);

describe('the panel shell', () => {
  it('is a modal dialog named by its heading', async () => {
    await renderPanel();
    const dialog = screen.getByRole('dialog');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.getAttribute('aria-labelledby')).toBe('destek-title');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Support');
  });

  it('asks to close on Escape and on the close button', async () => {
    const { closes } = await renderPanel();
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    fireEvent.click(screen.getByRole('button', { name: 'Close support' }));
    expect(closes).toHaveLength(2);
  });

  it('goes back step by step inside the report, then home', async () => {
    const { router } = await renderPanel();
    expect(screen.queryByRole('button', { name: 'Back' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /Report a problem/ }));
    router.replace({ name: 'report', step: 2 });
    await screen.findByText('Step 2 of 5: What you tried');
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(router.route.value).toEqual({ name: 'report', step: 1 });
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(router.route.value).toEqual({ name: 'home' });
  });

  it('offers to continue an unfinished report', async () => {
    const { client } = await renderPanel();
    client.report.update({ summary: 'Bonus not credited' });
    expect(await screen.findByText('Continue your report')).toBeTruthy();
    expect(screen.getByText('You have an unfinished report: “Bonus not credited”')).toBeTruthy();
  });

  it('re-renders in another language when the locale changes', async () => {
    const { translator } = await renderPanel();
    const { loadTranslator } = await import('../../src/i18n/loadTranslator.ts');
    translator.value = await loadTranslator('tr');
    expect(await screen.findByText('Size nasıl yardımcı olabiliriz?')).toBeTruthy();
    expect(screen.getByRole('button', { name: /Sorun bildir/ })).toBeTruthy();
  });
});
