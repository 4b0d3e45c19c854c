import { describe, expect, it } from 'vitest';
import { cleanUrl, isSecretParam } from '../../src/context/cleanUrl.ts';

describe('cleanUrl', () => {
  it('removes credentials from the address', () => {
    expect(cleanUrl('https://ayse:hunter2@shop.example/deposit')).toBe(
      'https://shop.example/deposit',
    );
  });

  it('removes secret-looking query parameters and keeps the others in order', () => {
    const url =
      'https://shop.example/pay?order=8812&token=abc&lang=tr&access_token=x&api_key=k&sig=s&code=123&step=2';
    expect(cleanUrl(url)).toBe('https://shop.example/pay?order=8812&lang=tr&step=2');
  });

  it.each([
    'token',
    'Access_Token',
    'refresh-token',
    'key',
    'api_key',
    'apiKey',
    'password',
    'pwd',
    'secret',
    'client_secret',
    'signature',
    'sig',
    'auth',
    'code',
    'session',
    'PHPSESSID',
    'jwt',
    'X-Amz-Signature',
    'resetToken',
    'private_key',
    'stripe_key',
  ])('treats "%s" as a secret parameter', (name) => {
    expect(isSecretParam(name)).toBe(true);
  });

  it.each([
    'order',
    'lang',
    'page',
    'amount',
    'monkey',
    'keyboard',
    'utm_source',
    'step',
    'currency',
  ])('keeps the ordinary parameter "%s"', (name) => {
    expect(isSecretParam(name)).toBe(false);
  });

  it('removes every copy of a repeated secret parameter', () => {
    expect(cleanUrl('https://a.example/?token=1&x=2&token=3')).toBe('https://a.example/?x=2');
  });

  it('cleans OAuth tokens from the fragment and keeps a route fragment', () => {
    expect(
      cleanUrl('https://a.example/cb#access_token=eyJ&token_type=bearer&expires_in=3600'),
    ).toBe('https://a.example/cb#expires_in=3600');
    expect(cleanUrl('https://a.example/#/wallet/deposit')).toBe(
      'https://a.example/#/wallet/deposit',
    );
    expect(cleanUrl('https://a.example/#/login?otp=123456&next=home')).toBe(
      'https://a.example/#/login?next=home',
    );
  });

  it('leaves a clean URL unchanged', () => {
    const url = 'https://shop.example/tr/odeme?order=8812#summary';
    expect(cleanUrl(url)).toBe(url);
  });

  it('keeps only the path of text that is not an absolute URL', () => {
    expect(cleanUrl('/api/pay?token=abc')).toBe('/api/pay');
    expect(cleanUrl('not a url#frag')).toBe('not a url');
  });
});
