import { describe, expect, it } from 'vitest';
import { linkify } from '../../src/text/linkify.ts';

const links = (text: string) =>
  linkify(text).flatMap((part) => (part.kind === 'link' ? [part.href] : []));

describe('linkify', () => {
  it('links http, https and mailto, and keeps the rest of the text as it was', () => {
    const parts = linkify('See https://example.com/a?b=1 or mailto:help@example.com now');
    expect(parts).toEqual([
      { kind: 'text', text: 'See ' },
      { kind: 'link', text: 'https://example.com/a?b=1', href: 'https://example.com/a?b=1' },
      { kind: 'text', text: ' or ' },
      { kind: 'link', text: 'mailto:help@example.com', href: 'mailto:help@example.com' },
      { kind: 'text', text: ' now' },
    ]);
    expect(parts.map((part) => part.text).join('')).toBe(
      'See https://example.com/a?b=1 or mailto:help@example.com now',
    );
  });

  it('never links javascript:, data:, vbscript: or file: addresses', () => {
    for (const text of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      '<a href="javascript:alert(1)">x</a>',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      '[x](javascript:alert(1))',
    ]) {
      expect(links(text)).toEqual([]);
      expect(
        linkify(text)
          .map((part) => part.text)
          .join(''),
      ).toBe(text);
    }
  });

  it('leaves the sentence’s punctuation and any markup outside the link', () => {
    expect(links('Go to https://example.com/help.')).toEqual(['https://example.com/help']);
    expect(links('(https://example.com/x)')).toEqual(['https://example.com/x']);
    expect(links('https://example.com/<img src=x onerror=alert(1)>')).toEqual([
      'https://example.com/',
    ]);
  });

  it('does not link addresses that hide their host behind credentials', () => {
    expect(links('https://bank.example@evil.example/login')).toEqual([]);
  });

  it('does not link a mailto: without an address', () => {
    expect(links('mailto:nobody')).toEqual([]);
  });
});
