import { describe, expect, it } from 'vitest';
import { detectErrorCode } from '../../src/classifier/detectErrorCode.ts';

describe('detectErrorCode', () => {
  it.each([
    ['Kart reddedildi — PMT-105', 'PMT-105', 'PMT'],
    ['Doğrulama başarısız — 2FA-03', '2FA-03', '2FA'],
    ['OTP-12 on the login page', 'OTP-12', 'OTP'],
    ['email code expired EMAIL-4', 'EMAIL-4', 'EMAIL'],
    ['KYC-512 when uploading my ID', 'KYC-512', 'KYC'],
    ['document rejected (DOC-601)', 'DOC-601', 'DOC'],
    ['APP-301 after the update', 'APP-301', 'APP'],
    ['NET-404 hatası alıyorum', 'NET-404', 'NET'],
    ['çekemiyorum, TRF-202 veriyor', 'TRF-202', 'TRF'],
    ["PMT-105'i aldım", 'PMT-105', 'PMT'],
  ])('finds the code in %j', (text, code, family) => {
    expect(detectErrorCode(text)).toEqual({ code, family });
  });

  it.each([
    ['ödeme olmuyor pmt105', 'PMT-105'],
    ['pmt 105 when paying', 'PMT-105'],
    ['kyc 512 çıktı', 'KYC-512'],
    ['otp12', 'OTP-12'],
    ['app301 on android', 'APP-301'],
    ['Kod: PMT_105', 'PMT-105'],
    ['e-mail-4 diyor', 'EMAIL-4'],
    ['APP 301', 'APP-301'],
  ])('normalises the lower-case or spaced variant %j', (text, code) => {
    expect(detectErrorCode(text)?.code).toBe(code);
  });

  it.each([
    ['para yatırma başarısız — Hata Kodu 105', '105', 'PMT'],
    ['hata kodu: 212', '212', 'TRF'],
    ['HATA KODU 412', '412', 'NET'],
    ['Xəta kodu 105', '105', 'PMT'],
    ['XƏTA KODU: 601', '601', 'DOC'],
    ['error code 305', '305', 'APP'],
    ['error code 42', '42', 'unknown'],
    ['error code 950', '950', 'unknown'],
  ])('maps a labelled bare number by its range in %j', (text, code, family) => {
    expect(detectErrorCode(text)).toEqual({ code, family });
  });

  it.each([
    'version 4.12.0 crashes',
    'app 4.12.0 crashes',
    'APP 4.12 crashes',
    'on 12.05.2024 at 19:45',
    '2024-05-01 tarihinde',
    'paid 2500 TL yesterday',
    'PMT 2500 TL',
    'net 500 TL çekildi',
    'order #48213 is late',
    'sipariş no 48213',
    'the page shows 404',
    'error 500 on the page',
    'http 404 not found',
    'your ticket DT-7K3Q9M',
    'referans DT-4F7K2P',
    'I opened the app 3 times',
    'the app 301 times',
    'email 4 times',
    'doc 2 pages',
    'pmt 5',
    'KYC-512abc',
    '+90 532 123 45 67',
  ])('finds no code in %j', (text) => {
    expect(detectErrorCode(text)).toBeNull();
  });

  it('returns the first family code even when a labelled number comes first', () => {
    expect(detectErrorCode('hata kodu 105, sonra PMT-112')?.code).toBe('PMT-112');
  });

  it("recognises a site's own families when given them", () => {
    expect(detectErrorCode('WDR-17 on withdrawal')).toBeNull();
    expect(detectErrorCode('WDR-17 on withdrawal', ['WDR', 'PMT'])).toEqual({
      code: 'WDR-17',
      family: 'WDR',
    });
  });
});
