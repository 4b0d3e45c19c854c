import { describe, expect, it } from 'vitest';
import { redactText } from '../../src/redaction/redactText.ts';

const MB = 1 << 20;
const fill = (unit: string): string => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);

/**
 * One megabyte of each shape that would make a backtracking pattern or a
 * rescan-from-every-match loop go quadratic. Linear code handles each in well
 * under a second; the bound is loose because CI shares two cores.
 */
const INPUTS: Record<string, string> = {
  digits: fill('4'),
  'spaced digits': fill('4 '),
  'zeros and spaces': fill('0 '),
  'dashed digits': fill('41-'),
  'parenthesised digits': fill('(1)'),
  'plus signs': fill('+9 '),
  'at signs': fill('a@'),
  'email-like': fill('aaaa@bbbb.'),
  'URL schemes': fill('https://a:'),
  'URL userinfo': fill('http://a:b@'),
  'PEM BEGIN lines': fill('-----BEGIN RSA PRIVATE KEY-----\n'),
  'JWT-like': fill('eyJhbGciOi.'),
  'password pairs': fill('password='),
  'şifre pairs': fill('şifre: '),
  'Bearer words': fill('Bearer '),
  'IBAN starts': fill('TR00 '),
  'query params': fill('?token=&'),
  base64: fill('aB3+'),
  'mixed secrets': fill('Kart 4111 1111 1111 1111 tel 0532 123 45 67 a@b.co TR33 '),
  'lone surrogates': fill('\ud800a1'),
};

describe('redactText on adversarial input', () => {
  for (const [name, text] of Object.entries(INPUTS)) {
    it(`redacts 1 MB of ${name} in linear time`, () => {
      const started = performance.now();
      const result = redactText(text);
      const elapsed = performance.now() - started;
      expect(typeof result.text).toBe('string');
      expect(elapsed).toBeLessThan(8000);
    }, 20_000);
  }
});
