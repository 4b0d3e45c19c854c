import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../src/i18n/createTranslator.ts';
import { catalogFor, loadTranslator } from '../../src/i18n/loadTranslator.ts';
import en from '../../src/i18n/locales/en.ts';

describe('createTranslator', () => {
  it('fills placeholders and picks the plural form by count', () => {
    const t = createTranslator('en', en);
    expect(t.t('outbox.retrying', { count: 1 })).toBe('Retrying in 1 second');
    expect(t.t('outbox.retrying', { count: 12 })).toBe('Retrying in 12 seconds');
    expect(t.t('file.too_large', { name: 'a.png', limit: t.bytes(10 * 1024 * 1024) })).toBe(
      'a.png is larger than 10 MB.',
    );
  });

  it('leaves markup in values as text', () => {
    const t = createTranslator('en', en);
    expect(t.t('tried.added', { text: '<img src=x onerror=alert(1)>' })).toBe(
      'Added: <img src=x onerror=alert(1)>',
    );
  });

  it('formats numbers, dates and spans with Intl for the locale', async () => {
    const tr = await loadTranslator('tr-TR');
    expect(tr.locale).toBe('tr-TR');
    expect(tr.number(1234.5)).toBe('1.234,5');
    expect(tr.duration(480)).toBe('8 saat');
    expect(tr.t('outbox.retrying', { count: 5 })).toBe('5 saniye sonra yeniden denenecek');
    const enT = await loadTranslator('en');
    expect(enT.relative(Date.UTC(2026, 0, 1, 3), Date.UTC(2026, 0, 1))).toBe('in 3 hours');
    expect(enT.duration(1440)).toBe('1 day');
  });

  it('loads the language of a regional tag and falls back to English', async () => {
    expect(catalogFor('az-Latn-AZ')).toBe('az');
    expect(catalogFor('de-DE')).toBe('en');
    const az = await loadTranslator('az');
    expect(az.t('home.requests')).toBe('Müraciətlərim');
  });
});
