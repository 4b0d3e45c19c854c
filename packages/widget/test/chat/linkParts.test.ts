import { describe, expect, it } from 'vitest';
import { linkParts } from '../../src/panel/chat/linkParts.ts';

const links = (text: string) => linkParts(text).flatMap((part) => (part.href ? [part] : []));

describe('links in a message', () => {
  it('links http, https and mailto, and leaves the rest as words', () => {
    const text =
      'See https://example.com/help, http://example.org or mailto:help@example.com; not javascript:alert(1) nor data:text/html,<script>x</script> nor ftp://example.net';
    expect(links(text).map((part) => part.href)).toEqual([
      'https://example.com/help',
      'http://example.org/',
      'mailto:help@example.com',
    ]);
    expect(
      linkParts(text)
        .map((part) => part.text)
        .join(''),
    ).toBe(text);
  });

  it('keeps sentence punctuation out of a link, but a closing bracket that belongs to it in', () => {
    expect(links('Read https://en.wikipedia.org/wiki/Bonus_(gaming).')[0]?.text).toBe(
      'https://en.wikipedia.org/wiki/Bonus_(gaming)',
    );
    expect(links('(see https://example.com/a)')[0]?.text).toBe('https://example.com/a');
  });

  it('does not link an address that hides its host behind credentials', () => {
    expect(links('https://bank.example.com@evil.example/login')).toEqual([]);
  });

  it('points a look-alike host at its punycode form', () => {
    // Cyrillic "а" in a Latin-looking name.
    const [part] = links('https://pаypal.com/verify');
    expect(part?.text).toBe('https://pаypal.com/verify');
    expect(part?.href).toMatch(/^https:\/\/xn--/);
  });

  it('ends a link at a bidi control, so reordered text cannot disguise it', () => {
    expect(links('https://example.com/\u202Egnp.exe')[0]?.href).toBe('https://example.com/');
  });

  it('keeps a very long word whole, as one text part', () => {
    const word = 'a'.repeat(5000);
    expect(linkParts(word)).toEqual([{ text: word }]);
  });
});
