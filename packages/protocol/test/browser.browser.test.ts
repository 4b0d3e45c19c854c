import { describe, expect, it } from 'vitest';
import {
  chatMessageSchema,
  ID_PATTERN,
  newId,
  newReference,
  REFERENCE_PATTERN,
  reportSchema,
  validate,
} from '../src/index.ts';
import { message, report } from './fixtures.ts';

// The schemas ship to browsers: check them where they run, in real Chromium.
describe('protocol in a real browser', () => {
  it('runs in Chromium', () => {
    expect(navigator.userAgent).toMatch(/Chrome\/\d+/);
    expect(typeof indexedDB.open).toBe('function');
  });

  it('validates a report and rejects a lone surrogate', () => {
    expect(validate(reportSchema, report).ok).toBe(true);
    const result = validate(chatMessageSchema, { ...message, text: 'a\uD800' });
    expect(result).toMatchObject({ ok: false, field: 'text' });
  });

  it('makes ids with the browser crypto', () => {
    expect(newId()).toMatch(ID_PATTERN);
    expect(newReference()).toMatch(REFERENCE_PATTERN);
  });
});
