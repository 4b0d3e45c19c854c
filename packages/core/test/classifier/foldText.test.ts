import { describe, expect, it } from 'vitest';
import { foldText, lowerTurkic } from '../../src/classifier/foldText.ts';
import { tokenize } from '../../src/classifier/stemMatcher.ts';

describe('lowerTurkic', () => {
  it('lower-cases dotted İ to i and dotless I to ı', () => {
    expect(lowerTurkic('ŞİFREMİ UNUTTUM')).toBe('şifremi unuttum');
    expect(lowerTurkic('KIRMIZI EKRAN')).toBe('kırmızı ekran');
    expect(lowerTurkic('GİRİŞ YAPAMIYORUM')).toBe('giriş yapamıyorum');
  });

  it('lower-cases Azerbaijani letters', () => {
    expect(lowerTurkic('ÖDƏNİŞ XƏTASI')).toBe('ödəniş xətası');
  });
});

describe('foldText', () => {
  it('folds Turkish and Azerbaijani letters to their plain forms', () => {
    expect(foldText('Ödənişim')).toBe('odenisim');
    expect(foldText('ŞİFREMİ')).toBe('sifremi');
    expect(foldText('çekemiyorum')).toBe('cekemiyorum');
    expect(foldText('doğrulama təsdiq')).toBe('dogrulama tesdiq');
  });

  it('gives text typed without diacritics the same form', () => {
    expect(foldText('sifremi unuttum')).toBe(foldText('ŞİFREMİ UNUTTUM'));
    expect(foldText('yatiramiyorum')).toBe(foldText('YATIRAMIYORUM'));
  });

  it('leaves English words readable after the Turkic rules', () => {
    expect(foldText('I CANNOT LOGIN')).toBe('i cannot login');
  });
});

describe('tokenize', () => {
  it('drops apostrophes inside words and splits on everything else', () => {
    expect(tokenize("I didn't get PMT-105'i")).toEqual(['i', 'didnt', 'get', 'pmt', '105i']);
  });
});
