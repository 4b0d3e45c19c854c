import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../src/i18n/createTranslator.ts';
import en from '../../src/i18n/locales/en.ts';
import tr from '../../src/i18n/locales/tr.ts';
import { entryStateText } from '../../src/panel/words/entryStateText.ts';

const t = createTranslator('en', en);
const now = 1_800_000_000_000;

describe('an outbox state in words', () => {
  it('tells waiting for a connection apart from about to send', () => {
    expect(entryStateText(t, { status: 'saved-waiting', offline: true }, now)).toBe(
      'Saved, waiting for a connection',
    );
    expect(entryStateText(t, { status: 'saved-waiting', offline: false }, now)).toBe(
      'Saved, sending shortly',
    );
  });

  it('counts down the seconds to the next try, never below zero', () => {
    const retrying = {
      status: 'retrying',
      attempt: 2,
      nextAttemptAt: now + 12_400,
      code: 'server',
    } as const;
    expect(entryStateText(t, retrying, now)).toBe('Retrying in 13 seconds');
    expect(entryStateText(t, retrying, now + 12_000)).toBe('Retrying in 1 second');
    expect(entryStateText(t, retrying, now + 60_000)).toBe('Retrying in 0 seconds');
  });

  it('gives the reason a report needs attention, with the field', () => {
    const state = {
      status: 'needs-attention',
      reason: { code: 'too_large', field: 'attachments.0' },
    } as const;
    expect(entryStateText(t, state, now)).toBe(
      'Needs your attention: something is over the size limit. (Attachments)',
    );
    expect(entryStateText(createTranslator('tr', tr), state, now)).toBe(
      'İlginiz gerekiyor: boyut sınırını aşan bir içerik var. (Ekler)',
    );
  });

  it('shows upload progress as a percentage in the locale', () => {
    expect(entryStateText(t, { status: 'sending', sent: 512, total: 1024 }, now)).toBe(
      'Sending… 50%',
    );
    expect(
      entryStateText(
        createTranslator('tr', tr),
        { status: 'sending', sent: 512, total: 1024 },
        now,
      ),
    ).toBe('Gönderiliyor… %50');
  });
});
