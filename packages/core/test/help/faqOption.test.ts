import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/resolveConfig.ts';
import { ConfigError } from '../../src/errors/ConfigError.ts';
import { plainBackend } from '../support/plainBackend.ts';

const backend = plainBackend();

function refusal(faq: unknown): string {
  try {
    resolveConfig({ backend, faq });
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('accepted');
}

describe('the faq option', () => {
  it('is empty by default', () => {
    expect(resolveConfig({ backend }).faq).toEqual([]);
  });

  it('fills every default, and an article without a locale is for every locale', () => {
    const { faq } = resolveConfig({
      backend,
      faq: [
        { id: 'reset-password', title: 'I forgot my password' },
        {
          id: 'sifre',
          locale: 'tr',
          title: 'Şifremi unuttum',
          summary: 'Giriş sayfasından yeni şifre alın.',
          steps: ['"Şifremi unuttum" bağlantısına dokunun.'],
          keywords: ['parola'],
          category: 'login',
          popularity: 40,
        },
      ],
    });
    expect(faq).toEqual([
      {
        id: 'reset-password',
        locale: 'und',
        category: 'other',
        title: 'I forgot my password',
        summary: '',
        steps: [],
        keywords: [],
        popularity: 0,
      },
      {
        id: 'sifre',
        locale: 'tr',
        category: 'login',
        title: 'Şifremi unuttum',
        summary: 'Giriş sayfasından yeni şifre alın.',
        steps: ['"Şifremi unuttum" bağlantısına dokunun.'],
        keywords: ['parola'],
        popularity: 40,
      },
    ]);
  });

  it('names the bad article and what was expected', () => {
    expect(refusal([{ id: 'Reset Password', title: 'x' }])).toMatch(/faq\.0\.id/);
    expect(refusal([{ id: 'a', title: 'two\nlines' }])).toMatch(/faq\.0\.title/);
    expect(refusal([{ id: 'a', title: 'x', steps: 'Open settings' }])).toMatch(/faq\.0\.steps/);
    expect(refusal([{ id: 'a', title: 'x', html: '<b>x</b>' }])).toMatch(/faq\.0/);
    expect(
      refusal([
        { id: 'a', title: 'x' },
        { id: 'a', title: 'y' },
      ]),
    ).toMatch(/faq.*different ids/);
  });
});
