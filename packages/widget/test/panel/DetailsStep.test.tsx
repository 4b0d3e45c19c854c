// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { renderPanel } from './renderPanel.tsx';

afterEach(cleanup);

describe('report step 3: expected and observed', () => {
  it('needs what happened, worded in Azerbaijani, and keeps expected optional', async () => {
    const { router, announcer } = await renderPanel({
      locale: 'az',
      start: { name: 'report', step: 3 },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Növbəti' }));
    const observed = screen.getByLabelText('Əvəzində nə baş verdi?');
    expect(observed.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Bu xana mütləqdir.')).toBeTruthy();
    expect(
      screen.getByLabelText('Nə baş verməsini gözləyirdiniz?').getAttribute('aria-invalid'),
    ).toBeNull();
    expect(announcer.alert.value).toBe('Davam etməzdən əvvəl 1 xananı düzəldin.');
    fireEvent.input(observed, { target: { value: 'Ekranda "PMT-105" xətası çıxdı' } });
    fireEvent.click(screen.getByRole('button', { name: 'Növbəti' }));
    expect(router.route.value).toEqual({ name: 'report', step: 4 });
  });

  it('keeps typed text when the user goes back and forth', async () => {
    await renderPanel({ start: { name: 'report', step: 3 } });
    fireEvent.input(screen.getByLabelText('What happened instead?'), {
      target: { value: 'Blank page' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Previous' }));
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect((screen.getByLabelText('What happened instead?') as HTMLTextAreaElement).value).toBe(
      'Blank page',
    );
  });
});
