import { describe, expect, it } from 'vitest';
import { classify } from '../../src/classifier/classify.ts';

describe('classify: categories', () => {
  it.each([
    'ödeme',
    'ödemem olmadı',
    'ödemeyi tamamlayamadım',
    'ödənişim keçmir',
    'dün yatırdım',
    'yatıramıyorum',
    'çekim talebim',
    'çekemiyorum',
    'ÖDEMEMİ YAPAMIYORUM',
    'odememi yapamiyorum',
  ])('counts the suffixed payment word in %j', (text) => {
    expect(classify(text).category).toBe('payment');
  });

  it.each([
    'şifremi unuttum',
    'ŞİFREMİ UNUTTUM',
    'girişte takılıyorum',
    'doğrulama kodu gelmiyor',
    'təsdiq kodu gəlmir',
    'sifremi sifirlayamiyorum',
  ])('counts the suffixed login word in %j', (text) => {
    expect(classify(text).category).toBe('login');
  });

  it.each([
    ['hesabımı kapatmak istiyorum', 'account'],
    ['hesabımı bağlamaq istəyirəm', 'account'],
    ['kimlik belgemi yükledim', 'verification'],
    ['şəxsiyyət vəsiqəmi yüklədim', 'verification'],
    ['hoşgeldin bonusu gelmedi', 'bonus'],
    ['uygulama açılmıyor', 'technical'],
    ['tətbiq açılmır', 'technical'],
  ])('puts %j in %s', (text, category) => {
    expect(classify(text).category).toBe(category);
  });

  it.each([
    ['it says 2FA-03', 'login'],
    ['got OTP-12', 'login'],
    ['EMAIL-4 shown', 'login'],
    ['it says PMT-105', 'payment'],
    ['TRF-202 again', 'payment'],
    ['APP-301 after update', 'technical'],
    ['NET-404', 'technical'],
    ['KYC-512', 'verification'],
    ['DOC-601', 'verification'],
    ['problem, Hata kodu 105', 'payment'],
  ])('takes the category from the error-code family in %j', (text, category) => {
    const result = classify(text);
    expect(result.category).toBe(category);
    expect(result.errorCode).not.toBeNull();
  });

  it('lets an error code outweigh an incidental word', () => {
    // "account" and "app" are in the text, but the app said PMT.
    expect(classify('the app shows PMT-105 on my account').category).toBe('payment');
  });

  it('files a suspected takeover under login even when money moved', () => {
    const r = classify('hesabımdan haberim olmadan para çekilmiş, şifrem değişmiş');
    expect(r.category).toBe('login');
    expect(r.priority).toBe('urgent');
  });

  it('matches whole words where a stem asks for them', () => {
    // `pay=` is the whole word: `payload` is not a payment word.
    expect(classify('pay').category).toBe('payment');
    expect(classify('payload').category).toBe('other');
  });

  it('falls back to other with zero confidence when nothing points anywhere', () => {
    const result = classify('merhaba, bir şey soracaktım');
    expect(result.category).toBe('other');
    expect(result.confidence).toBe(0);
    expect(result.alternatives).toEqual([]);
  });
});

describe('classify: confidence', () => {
  it('is high when words and the error code agree', () => {
    const clear = classify('para yatırdım ama yansımadı, PMT-105');
    expect(clear.category).toBe('payment');
    expect(clear.confidence).toBeGreaterThan(0.7);
  });

  it('is low when two categories have similar evidence, and names the runner-up', () => {
    const mixed = classify('bonus for my deposit');
    expect(mixed.confidence).toBeLessThan(0.3);
    expect(mixed.alternatives.map((a) => a.category)).toContain(
      mixed.category === 'bonus' ? 'payment' : 'bonus',
    );
  });

  it('stays between 0 and 1', () => {
    const r = classify('deposit withdrawal payment refund card bank PMT-105 para ödeme çekim');
    expect(r.confidence).toBeGreaterThan(0);
    expect(r.confidence).toBeLessThan(1);
  });
});

describe('classify: options', () => {
  it('gives verification evidence to account when a site does not list verification', () => {
    const options = { categories: ['payment', 'login', 'account', 'other'] };
    expect(classify('KYC-512 when uploading my passport', options).category).toBe('account');
  });

  it("lets a site's own family map override the built-in one", () => {
    const options = { families: { PMT: 'technical', WDR: 'payment' } };
    expect(classify('it just says PMT-105', options).category).toBe('technical');
    const custom = classify('WDR-17', options);
    expect(custom.category).toBe('payment');
    expect(custom.errorCode).toEqual({ code: 'WDR-17', family: 'WDR' });
  });

  it('learns a site category from its keywords', () => {
    const options = {
      categories: ['payment', 'sports', 'other'],
      keywords: { sports: ['kupon', 'bahis', 'maç', 'coupon'] },
    };
    expect(classify('kuponum yanlış hesaplandı, maç bitti', options).category).toBe('sports');
  });

  it('uses only the given keywords when the built-in ones are turned off', () => {
    const options = {
      builtInKeywords: false,
      categories: ['shipping', 'other'],
      keywords: { shipping: 'kargo|teslimat|delivery' },
    };
    expect(classify('kargom gelmedi', options).category).toBe('shipping');
    expect(classify('ödeme yapamıyorum', options).category).toBe('other');
  });

  it('never suggests a category the site does not list', () => {
    const options = { categories: ['technical', 'other'], fallbacks: {} };
    expect(classify('2FA-03 şifremi unuttum').category).toBe('login');
    expect(['technical', 'other']).toContain(classify('2FA-03 şifremi unuttum', options).category);
  });
});
