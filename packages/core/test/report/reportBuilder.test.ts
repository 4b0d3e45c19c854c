import { LIMITS, newId, reportSchema, validate } from '@destek/protocol';
import { effect } from '@preact/signals-core';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/resolveConfig.ts';
import { isDestekError } from '../../src/errors/DestekError.ts';
import { ValidationError } from '../../src/errors/ValidationError.ts';
import { createReportBuilder } from '../../src/report/createReportBuilder.ts';
import type { ErrorCodeDetector } from '../../src/report/ErrorCodeDetector.ts';
import { emptyDraft, type ReportDraft } from '../../src/report/ReportDraft.ts';
import { isSendable, validateDraft } from '../../src/report/validateDraft.ts';
import { plainBackend } from '../support/plainBackend.ts';

// A stand-in with the classifier's signature: the real detector is tested with the classifier.
const detect: ErrorCodeDetector = (text) => {
  const match = /\b([A-Z0-9]{2,5})-(\d{2,3})\b/.exec(text);
  return match?.[1] ? { code: match[0], family: match[1] } : null;
};

const anonymous = resolveConfig({ backend: plainBackend(), platform: {} });
const identified = resolveConfig({ backend: plainBackend(), platform: {}, user: { id: 'u-7' } });

const attachment = {
  id: newId(),
  name: 'ekran.png',
  type: 'image/png' as const,
  bytes: 1200,
  sha256: 'b'.repeat(64),
};

function draft(patch: Partial<ReportDraft> = {}): ReportDraft {
  return {
    ...emptyDraft(),
    summary: 'Deposit fails with an error',
    observed: 'The page says PMT-105: transaction declined',
    category: 'payment',
    contact: { email: 'ayse@example.com', name: '' },
    ...patch,
  };
}

function codesOf(d: ReportDraft, config = anonymous) {
  return validateDraft(d, config).map((issue) => `${issue.field}:${issue.code}`);
}

describe('report validation', () => {
  it('accepts a complete draft with no issues', () => {
    expect(codesOf(draft())).toEqual([]);
  });

  it('requires the summary, the observed text and a category', () => {
    const blank = { ...emptyDraft(), contact: { email: 'a@example.com', name: '' } };
    expect(codesOf(blank)).toEqual(['summary:required', 'observed:required', 'category:required']);
  });

  it('treats a summary of spaces as missing', () => {
    expect(codesOf(draft({ summary: '   ' }))).toEqual(['summary:required']);
  });

  it('refuses a summary over the configured limit, naming the limit', () => {
    const issues = validateDraft(
      draft({ summary: 'a'.repeat(LIMITS.summaryChars + 1) }),
      anonymous,
    );
    expect(issues).toEqual([{ field: 'summary', code: 'too_long', severity: 'error', limit: 200 }]);
    const tight = resolveConfig({
      backend: plainBackend(),
      platform: {},
      limits: { summaryChars: 20 },
    });
    expect(codesOf(draft({ summary: 'Deposit fails every single time' }), tight)).toEqual([
      'summary:too_long',
    ]);
  });

  it('refuses a summary on two lines', () => {
    expect(codesOf(draft({ summary: 'Deposit fails\nagain' }))).toEqual(['summary:multiple_lines']);
  });

  it('only warns when the summary reads as two sentences, and still allows sending', () => {
    const issues = validateDraft(
      draft({ summary: 'Deposit failed. Card was charged anyway' }),
      anonymous,
    );
    expect(issues).toEqual([{ field: 'summary', code: 'multiple_sentences', severity: 'warning' }]);
    expect(isSendable(issues)).toBe(true);
    expect(codesOf(draft({ summary: 'Version 4.12.0 crashes on 2.5 TL deposits' }))).toEqual([]);
  });

  it('counts only non-blank steps against the step limit, and checks each step', () => {
    const many = Array.from({ length: 21 }, (_, i) => `Step ${i}`);
    expect(codesOf(draft({ stepsTried: many }))).toEqual(['stepsTried:too_many']);
    expect(codesOf(draft({ stepsTried: [...many.slice(0, 20), '  '] }))).toEqual([]);
    expect(codesOf(draft({ stepsTried: ['ok', 'x'.repeat(501)] }))).toEqual([
      'stepsTried.1:too_long',
    ]);
  });

  it('refuses control characters in free text', () => {
    expect(codesOf(draft({ observed: 'bad \u0007 bell' }))).toEqual(['observed:invalid_text']);
  });

  it('refuses a category that is not configured', () => {
    expect(codesOf(draft({ category: 'games' }))).toEqual(['category:unknown_category']);
  });

  it('requires an e-mail only from users who are not identified', () => {
    const noEmail = draft({ contact: { email: '', name: '' } });
    expect(codesOf(noEmail, anonymous)).toEqual(['contact.email:required']);
    expect(codesOf(noEmail, identified)).toEqual([]);
    expect(codesOf(draft({ contact: { email: 'ayse@', name: '' } }), identified)).toEqual([
      'contact.email:invalid_email',
    ]);
  });

  it('refuses more attachments than the limit and malformed error codes', () => {
    const six = Array.from({ length: 6 }, () => ({ ...attachment, id: newId() }));
    expect(codesOf(draft({ attachments: six }))).toEqual(['attachments:too_many']);
    expect(codesOf(draft({ errorCode: '<b>105</b>' }))).toEqual(['errorCode:invalid_error_code']);
    expect(codesOf(draft({ errorCode: 'E'.repeat(41) }))).toEqual(['errorCode:too_long']);
  });
});

describe('report builder', () => {
  it('adds, edits and removes steps, ignoring indexes out of range', () => {
    const builder = createReportBuilder(anonymous, { detectErrorCode: detect });
    builder.addStep('Restarted the app');
    builder.addStep();
    builder.editStep(1, 'Tried another card');
    builder.addStep('Cleared the cache');
    builder.removeStep(0);
    builder.editStep(9, 'nothing');
    builder.removeStep(-1);
    expect(builder.draft.value.stepsTried).toEqual(['Tried another card', 'Cleared the cache']);
  });

  it('detects the error code from the observed text until the user sets one', () => {
    const builder = createReportBuilder(anonymous, { initial: draft(), detectErrorCode: detect });
    const seen: Array<string | null> = [];
    const stop = effect(() => {
      seen.push(builder.errorCode.value?.code ?? null);
    });
    builder.update({ observed: 'Now it says 2FA-03 instead' });
    builder.update({ errorCode: 'KYC-512' });
    builder.update({ errorCode: '' });
    stop();
    expect(seen).toEqual(['PMT-105', '2FA-03', 'KYC-512', null]);
  });

  it('uses the classifier to detect codes by default', () => {
    const builder = createReportBuilder(anonymous, {
      initial: draft({ observed: 'Ekranda "pmt 105: işlem reddedildi" yazıyor' }),
    });
    expect(builder.errorCode.value).toEqual({ code: 'PMT-105', family: 'PMT' });
  });

  it('falls back to the summary, then expected, when observed holds no code', () => {
    const builder = createReportBuilder(anonymous, {
      initial: draft({ observed: 'It just spins', summary: 'Login fails with 2FA-03' }),
      detectErrorCode: detect,
    });
    expect(builder.errorCode.value).toEqual({ code: '2FA-03', family: '2FA' });
  });

  it('keeps issues and sendable in step with the draft', () => {
    const builder = createReportBuilder(anonymous, { detectErrorCode: detect });
    expect(builder.sendable.value).toBe(false);
    builder.update({ summary: 'Deposit fails', observed: 'PMT-105', category: 'payment' });
    expect(builder.issues.value.map((i) => i.field)).toEqual(['contact.email']);
    builder.update({ contact: { email: 'ayse@example.com', name: 'Ayşe' } });
    expect(builder.sendable.value).toBe(true);
  });

  it('does not add the same attachment twice and removes it by id', () => {
    const builder = createReportBuilder(anonymous, { detectErrorCode: detect });
    builder.addAttachment(attachment);
    builder.addAttachment(attachment);
    expect(builder.draft.value.attachments).toHaveLength(1);
    builder.removeAttachment(attachment.id);
    expect(builder.draft.value.attachments).toEqual([]);
  });
});

describe('wire report', () => {
  it('produces a Report that passes the protocol schema', () => {
    const builder = createReportBuilder(anonymous, {
      initial: draft({
        stepsTried: ['  Restarted the app ', '', 'Tried another card'],
        attachments: [attachment],
      }),
      detectErrorCode: detect,
    });
    const report = builder.toReport({
      clientReportId: newId(),
      locale: 'tr-TR',
      context: [{ key: 'app.version', value: '4.12.0' }],
      redactions: [{ kind: 'card', count: 1 }],
      diagnostics: [{ id: 'clock-skew', status: 'ok', value: '2 s' }],
      createdAt: Date.UTC(2026, 10, 25, 21, 0, 0),
    });
    expect(validate(reportSchema, report)).toEqual({ ok: true, value: report });
    expect(report.stepsTried).toEqual(['Restarted the app', 'Tried another card']);
    expect(report.errorCode).toBe('PMT-105');
    expect(report.contact).toEqual({ email: 'ayse@example.com' });
    expect(report.createdAt).toBe('2026-11-25T21:00:00.000Z');
  });

  it('leaves out contact, error code and empty lists when there are none', () => {
    const builder = createReportBuilder(identified, {
      initial: draft({ observed: 'Nothing happens', contact: { email: '', name: '' } }),
      detectErrorCode: detect,
    });
    const report = builder.toReport({
      clientReportId: newId(),
      locale: 'en',
      context: [],
      redactions: [],
    });
    expect(validate(reportSchema, report).ok).toBe(true);
    expect(Object.keys(report).sort()).toEqual(
      [
        'attachments',
        'category',
        'clientReportId',
        'context',
        'expected',
        'locale',
        'observed',
        'priority',
        'stepsTried',
        'summary',
      ].sort(),
    );
  });

  it('throws a ValidationError listing every blocking field of an unsendable draft', () => {
    const builder = createReportBuilder(anonymous, { detectErrorCode: detect });
    let caught: unknown;
    try {
      builder.toReport({ clientReportId: newId(), locale: 'en', context: [] });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ValidationError);
    expect(isDestekError(caught, 'validation_failed')).toBe(true);
    const error = caught as ValidationError;
    expect(error.field).toBe('summary');
    expect(error.problems.map((p) => p.field)).toEqual([
      'summary',
      'observed',
      'category',
      'contact.email',
    ]);
  });
});
