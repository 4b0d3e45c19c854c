import { newId, reportSchema, validate } from '@destek/protocol';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/resolveConfig.ts';
import { createReportBuilder } from '../../src/report/createReportBuilder.ts';
import { emptyDraft } from '../../src/report/ReportDraft.ts';
import { redactDraft } from '../../src/report/redactDraft.ts';
import { plainBackend } from '../support/plainBackend.ts';

const draft = {
  ...emptyDraft(),
  summary: 'Deposit with card 4111 1111 1111 1111 fails',
  stepsTried: ['Tried card 5555 5555 5555 4444 too', 'Restarted'],
  expected: 'Balance goes up',
  observed: 'PMT-105, mail me at ayse@example.com',
  category: 'payment',
  contact: { email: 'ayse@example.com', name: 'Ayşe' },
};

describe('redactDraft', () => {
  it('masks secrets in every text field and sums the findings per kind', () => {
    const { draft: redacted, findings } = redactDraft(draft);
    const text = [redacted.summary, ...redacted.stepsTried, redacted.observed].join(' ');
    expect(text).not.toMatch(/4111 1111 1111 1111|5555 5555 5555 4444|ayse@example\.com/);
    expect(redacted.stepsTried[1]).toBe('Restarted');
    expect(redacted.observed).toMatch(/^PMT-105, mail me at /);
    expect(Object.fromEntries(findings.map((f) => [f.kind, f.count]))).toEqual({
      card: 2,
      email: 1,
    });
    expect(redacted.contact.email).toBe('ayse@example.com');
  });

  it('keeps e-mail addresses in the text when the policy says keep', () => {
    const { draft: redacted } = redactDraft(draft, { email: 'keep' });
    expect(redacted.observed).toContain('ayse@example.com');
  });

  it('gives a redacted draft that still goes on the wire', () => {
    const config = resolveConfig({ backend: plainBackend(), platform: {} });
    const { draft: redacted, findings } = redactDraft(draft);
    const builder = createReportBuilder(config, { initial: redacted });
    const report = builder.toReport({
      clientReportId: newId(),
      locale: 'en',
      context: [],
      redactions: findings,
    });
    expect(validate(reportSchema, report).ok).toBe(true);
    expect(report.errorCode).toBe('PMT-105');
    expect(report.redactions).toEqual(findings);
  });
});
