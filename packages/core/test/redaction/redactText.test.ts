import { redactionFindingSchema } from '@destek/protocol';
import { describe, expect, it } from 'vitest';
import { markerFor, REDACTION_KINDS } from '../../src/redaction/RedactionKind.ts';
import { redactText } from '../../src/redaction/redactText.ts';

const kinds = (text: string) => redactText(text).findings;

describe('redactText', () => {
  it('masks a spaced Visa number and reports one card', () => {
    const result = redactText('Kartım 4111 1111 1111 1111 ile ödeme yaptım, PMT-105 aldım.');
    expect(result.text).toBe('Kartım [card] ile ödeme yaptım, PMT-105 aldım.');
    expect(result.findings).toEqual([{ kind: 'card', count: 1 }]);
  });

  it('masks Mastercard 2-series, Amex in 4-6-5 groups and Troy', () => {
    const result = redactText('2221 0000 0000 0009 / 3782-822463-10005 / 9792030000000000');
    expect(result.text).toBe('[card] / [card] / [card]');
    expect(result.findings).toEqual([{ kind: 'card', count: 3 }]);
  });

  it('leaves a 16-digit number that fails Luhn readable', () => {
    const text = 'Dekont referansı 4111 1111 1111 1112, tutar 1.250,00 TL.';
    expect(redactText(text).text).toBe(text);
  });

  it('masks a Turkish IBAN written in groups and a German one written solid', () => {
    const result = redactText(
      'TR33 0006 1005 1978 6457 8413 26 ve DE89370400440532013000 hesapları',
    );
    expect(result.text).toBe('[iban] ve [iban] hesapları');
    expect(result.findings).toEqual([{ kind: 'iban', count: 2 }]);
  });

  it('leaves an IBAN-shaped string with a wrong check digit', () => {
    const text = 'TR34 0006 1005 1978 6457 8413 26';
    expect(redactText(text).text).toBe(text);
  });

  it('masks email addresses unless the policy keeps them', () => {
    const text = 'Yazın: ayşe.yılmaz@şirket.com.tr veya john@example.com.';
    expect(redactText(text).text).toBe('Yazın: [email] veya [email].');
    expect(redactText(text, { email: 'keep' })).toEqual({ text, findings: [] });
  });

  it('still masks URL credentials when emails are kept', () => {
    expect(redactText('https://deploy:Pa55w0rd@hooks.example.com/x', { email: 'keep' }).text).toBe(
      'https://[url-credentials]@hooks.example.com/x',
    );
  });

  it('does not mask digits inside an email the policy keeps', () => {
    const text = 'user05321234567@example.com';
    expect(redactText(text, { email: 'keep' }).text).toBe(text);
  });

  it('masks Turkish and Azerbaijani phone numbers in their usual spellings', () => {
    const phones = [
      '0532 123 45 67',
      '0 (532) 123 45 67',
      '+90 532 123 45 67',
      '+90 (532) 123-45-67',
      '05321234567',
      '532 123 45 67',
      '0532.123.45.67',
      '+994 50 123 45 67',
      '+994 (55) 123-45-67',
      '050 123 45 67',
      '(077) 123-45-67',
      '0701234567',
      '+1 415 555 2671',
    ];
    for (const phone of phones) {
      expect(redactText(`Tel: ${phone}, akşam arayın.`).text).toBe('Tel: [phone], akşam arayın.');
    }
  });

  it('leaves dates, times, versions, amounts and short numbers alone', () => {
    const text =
      '05.11.2026 14:30 tarihinde 4.12.0 build 812, $1,299.99, 500 AZN, 444 0 532, 0532 123 45, sipariş 1234567';
    expect(redactText(text).text).toBe(text);
  });

  it('masks a checksum-valid T.C. kimlik number but not a random 11-digit one', () => {
    expect(redactText('TC: 10000000146').text).toBe('TC: [national-id]');
    expect(redactText('TC10000000146').text).toBe('TC[national-id]');
    expect(redactText('Müşteri no 10000000147').text).toBe('Müşteri no 10000000147');
  });

  it('counts a JWT inside a Bearer header once, as a jwt', () => {
    const jwt =
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U';
    const result = redactText(`Authorization: Bearer ${jwt}`);
    expect(result.text).toBe('Authorization: Bearer [jwt]');
    expect(result.findings).toEqual([{ kind: 'jwt', count: 1 }]);
  });

  it('masks an opaque bearer token after the Authorization header', () => {
    expect(kinds('authorization: bearer abc123DEF456ghi789')).toEqual([
      { kind: 'token', count: 1 },
    ]);
  });

  it('leaves "bearer" in ordinary prose alone', () => {
    const text = 'I hate to be the bearer of bad news, but the deposit failed.';
    expect(redactText(text).text).toBe(text);
  });

  it('does not take a dotted string with a non-JSON header for a JWT', () => {
    const text = 'eyJub3Rqc29u.eyJzdWIiOiIxIn0.abc';
    expect(redactText(text).text).toBe(text);
  });

  it('masks vendor API keys', () => {
    const text =
      'AKIAIOSFODNN7EXAMPLE sk_live_4eC39HqLyjWDarjtT1zdp7dc ghp_abcdefghijklmnopqrstuvwxyz0123456789';
    expect(redactText(text).text).toBe('[secret] [secret] [secret]');
  });

  it('masks a long random string right after the word key', () => {
    expect(redactText('my api key is a8F3kL9qZ2xW7vB1nM4pR6tY').text).toBe(
      'my api key is [secret]',
    );
    const id = 'request id a8F3kL9qZ2xW7vB1nM4pR6tY';
    expect(redactText(id).text).toBe(id);
  });

  it('masks the value of password pairs in English, Turkish and Azerbaijani, keeping the word', () => {
    const result = redactText(
      'password=hunter2 şifrem: Gizli123! Parolum: qala_2024 ŞİFRE=x1 pwd: "two words" şifrə: Bakı1',
    );
    expect(result.text).toBe(
      'password=[password] şifrem: [password] Parolum: [password] ŞİFRE=[password] pwd: "[password]" şifrə: [password]',
    );
    expect(result.findings).toEqual([{ kind: 'password', count: 6 }]);
  });

  it('keeps quoted error messages such as "Şifre: hatalı" readable', () => {
    const text = 'Ekranda "Şifre: hatalı" yazıyor, EN: "Password: incorrect", AZ: "Parol: səhv".';
    expect(redactText(text).text).toBe(text);
  });

  it('keeps token and secret pairs whose value is a plain word', () => {
    const text = 'token: expired, secret: yok';
    expect(redactText(text).text).toBe(text);
  });

  it('masks credentials in a URL but keeps the host and path', () => {
    const result = redactText('https://deploy:S3cr3t#1@hooks.example.com/v1/notify');
    expect(result.text).toBe('https://[url-credentials]@hooks.example.com/v1/notify');
  });

  it('masks secret query values and keeps the rest of the URL', () => {
    const result = redactText(
      'https://app.example.com/cb?state=xyz&access_token=abc123&sig=ff00aa&page=2#id_token=qwe',
    );
    expect(result.text).toBe(
      'https://app.example.com/cb?state=xyz&access_token=[token]&sig=[secret]&page=2#id_token=[token]',
    );
  });

  it('leaves an error code in a help link readable', () => {
    const text = 'https://help.example.com/errors?code=PMT-105';
    expect(redactText(text).text).toBe(text);
  });

  it('masks a card number that sits in a URL path', () => {
    expect(redactText('https://shop.example.com/pay/4111111111111111/confirm').text).toBe(
      'https://shop.example.com/pay/[card]/confirm',
    );
  });

  it('masks a whole PEM private key block, and one cut short', () => {
    const body =
      'MIIEowIBAAKCAQEA0Z3VS5JJcds3xfn/ygWyF8PbnGy0AHB7MhgHcTz6sE2I2yPB\naFDrBz9vFqU4yVn1e5tHq7Nw';
    expect(
      redactText(
        `key:\n-----BEGIN RSA PRIVATE KEY-----\n${body}\n-----END RSA PRIVATE KEY-----\nthanks`,
      ).text,
    ).toBe('key:\n[pem]\nthanks');
    expect(redactText(`-----BEGIN PRIVATE KEY-----\n${body}\nSorun devam ediyor`).text).toBe(
      '[pem]\nSorun devam ediyor',
    );
  });

  it('only looks for the kinds the policy turns on', () => {
    const text = 'Kart 4111 1111 1111 1111, tel 0532 123 45 67';
    expect(redactText(text, { kinds: ['phone'] }).text).toBe(
      'Kart 4111 1111 1111 1111, tel [phone]',
    );
  });

  it('gives the same text when run on its own output', () => {
    const once = redactText(
      'Kart 4111-1111-1111-1111 ve şifre: abc [card] https://a:b@x.io?token=[token] TR33 0006 1005 1978 6457 8413 26',
    );
    expect(redactText(once.text)).toEqual({ text: once.text, findings: [] });
  });

  it('uses kinds that are protocol slugs and markers that redact to themselves', () => {
    for (const kind of REDACTION_KINDS) {
      expect(redactionFindingSchema.safeParse({ kind, count: 1 }).success).toBe(true);
      expect(redactText(`a ${markerFor(kind)} b`)).toEqual({
        text: `a ${markerFor(kind)} b`,
        findings: [],
      });
    }
  });

  it('returns text without secrets unchanged, with no findings', () => {
    expect(redactText('APP-301: uygulama 4.12.0 sürümünde açılmıyor')).toEqual({
      text: 'APP-301: uygulama 4.12.0 sürümünde açılmıyor',
      findings: [],
    });
  });
});
