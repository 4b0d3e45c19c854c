import { describe, expect, it } from 'vitest';
import { redactText } from '../../src/redaction/redactText.ts';
import benign from '../corpora/redaction-benign.json' with { type: 'json' };
import positives from '../corpora/redaction-positives.json' with { type: 'json' };

describe('redaction corpora', () => {
  it('holds at least 300 positive and 500 benign items in English, Turkish and Azerbaijani', () => {
    expect(positives.length).toBeGreaterThanOrEqual(300);
    expect(benign.length).toBeGreaterThanOrEqual(500);
    for (const lang of ['en', 'tr', 'az']) {
      expect(positives.filter((item) => item.lang === lang).length).toBeGreaterThan(90);
      expect(benign.filter((item) => item.lang === lang).length).toBeGreaterThan(150);
    }
  });

  it('masks every secret of every positive item and reports each expected kind', () => {
    const failures: string[] = [];
    for (const item of positives) {
      const { text, findings } = redactText(item.text);
      const found = new Set(findings.map((finding) => finding.kind));
      const leaked = item.secrets.filter((secret) => text.includes(secret));
      const missing = item.kinds.filter((kind) => !found.has(kind));
      if (leaked.length > 0 || missing.length > 0) {
        failures.push(`${item.id}: leaked ${JSON.stringify(leaked)}, missing ${missing.join(',')}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('falsely masks at most 1% of the benign items', () => {
    const changed = benign.filter((item) => redactText(item.text).text !== item.text);
    const rate = changed.length / benign.length;
    console.info(
      `redaction benign false-mask rate: ${changed.length}/${benign.length} = ${(rate * 100).toFixed(2)}%`,
    );
    expect(rate).toBeLessThanOrEqual(0.01);
  });

  it('covers every card network, 20+ IBAN countries and every kind in the positives', () => {
    const text = positives.map((item) => item.text).join('\n');
    expect(text).toMatch(/\b2[2-7]\d\d[ -]?\d{4}/);
    expect(text).toMatch(/\b9792/);
    expect(text).toMatch(/\b3[47]\d\d[ -]?\d{6}[ -]?\d{5}\b/);
    const countries = new Set(
      positives
        .flatMap((item) =>
          item.kinds.includes('iban') ? (item.text.match(/\b[A-Z]{2}\d{2}(?= ?\d)/g) ?? []) : [],
        )
        .map((iban) => iban.slice(0, 2)),
    );
    expect(countries.size).toBeGreaterThanOrEqual(20);
    const kinds = new Set(positives.flatMap((item) => item.kinds));
    expect([...kinds].sort()).toEqual([
      'card',
      'email',
      'iban',
      'jwt',
      'national-id',
      'password',
      'pem',
      'phone',
      'secret',
      'token',
      'url-credentials',
    ]);
  });
});
