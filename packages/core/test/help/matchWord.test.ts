import { describe, expect, it } from 'vitest';
import { matchWord } from '../../src/help/matchWord.ts';
import { searchWords } from '../../src/help/searchWords.ts';

/** Both sides folded, as rankArticles compares them. */
const match = (query: string, word: string) =>
  matchWord(searchWords(query)[0] ?? '', searchWords(word)[0] ?? '');

describe('matchWord', () => {
  it('scores the same word, with or without its Turkish and Azerbaijani marks, as 1', () => {
    expect(match('şifre', 'ŞİFRE')).toBe(1);
    expect(match('sifre', 'şifre')).toBe(1);
    expect(match('odeme', 'ödəmə')).toBe(1);
    expect(match('cekim', 'çekim')).toBe(1);
    expect(match('guncelleme', 'güncelleme')).toBe(1);
    expect(match('dogrulama', 'doğrulama')).toBe(1);
    expect(match('istifadeci', 'istifadəçi')).toBe(1);
  });

  it('matches a word the query carries suffixes on', () => {
    expect(match('kartımdan', 'kart')).toBeGreaterThan(0);
    expect(match('şifremi', 'şifre')).toBeGreaterThan(0);
    expect(match('kodu', 'kod')).toBeGreaterThan(0);
  });

  it('matches a word still being typed', () => {
    expect(match('şif', 'şifrenizi')).toBeGreaterThan(0);
    expect(match('pa', 'password')).toBeGreaterThan(0);
  });

  it('matches two suffixed forms of one stem, and softened consonants', () => {
    expect(match('şifremi', 'şifrenizi')).toBeGreaterThan(0);
    expect(match('hesabım', 'hesap')).toBeGreaterThan(0);
    expect(match('rengi', 'renk')).toBeGreaterThan(0);
    expect(match('çörəyi', 'çörək')).toBeGreaterThan(0);
  });

  it('scores a whole word above a partial one', () => {
    expect(match('kart', 'kart')).toBeGreaterThan(match('kartımdan', 'kart'));
    expect(match('kartımdan', 'kart')).toBeGreaterThan(match('şifremi', 'şifrenizi'));
  });

  it('does not match different words that only start alike', () => {
    expect(match('online', 'on')).toBe(0);
    expect(match('card', 'care')).toBe(0);
    expect(match('password', 'passport')).toBe(0);
    expect(match('kart', 'kampanya')).toBe(0);
  });
});
