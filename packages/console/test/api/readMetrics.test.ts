import { describe, expect, it } from 'vitest';
import { isConsoleError } from '../../src/api/ConsoleError.ts';
import { readCanned } from '../../src/api/readCanned.ts';
import { readMetrics } from '../../src/api/readMetrics.ts';

const none = { avg: null, p50: null, p90: null };
const base = {
  since: '2026-11-01T00:00:00.000Z',
  tickets: 3,
  firstResponseSec: { avg: 60, p50: 50, p90: 90 },
  resolutionSec: none,
  firstContactResolution: 0.5,
  ratingAverage: 4.5,
  ratingCount: 2,
};

describe('readMetrics', () => {
  it('takes the full figures, chats and deflections included', () => {
    const full = {
      ...base,
      chats: {
        started: 4,
        answered: 3,
        becameTickets: 1,
        firstResponseSec: none,
        resolutionSec: none,
        firstContactResolution: null,
      },
      deflections: {
        helped: 5,
        notHelped: 1,
        rate: 5 / 6,
        articles: [{ id: 'otp', title: 'Codes', helped: 5, notHelped: 1 }],
      },
    };
    expect(readMetrics(full)).toEqual(full);
  });

  it('reads a server without chat and deflection figures, leaving those out', () => {
    expect(readMetrics(base)).toEqual({ ...base, chats: null, deflections: null });
  });

  it('refuses an answer without even a ticket count', () => {
    let caught: unknown;
    try {
      readMetrics({ since: base.since });
    } catch (error) {
      caught = error;
    }
    expect(isConsoleError(caught) && caught.code).toBe('bad_answer');
  });
});

describe('readCanned', () => {
  it('keeps the well-formed answers and skips the rest', () => {
    expect(
      readCanned({
        responses: [
          { id: 'hello', title: 'Hello', text: 'Hi!' },
          { id: 'Bad Id', title: 'x', text: 'y' },
          { id: 'tr', title: 'Merhaba', text: 'Selam', locale: 'tr' },
          null,
        ],
      }),
    ).toEqual([
      { id: 'hello', title: 'Hello', text: 'Hi!' },
      { id: 'tr', title: 'Merhaba', text: 'Selam', locale: 'tr' },
    ]);
  });

  it('reads anything that is not a list of responses as none', () => {
    expect(readCanned(undefined)).toEqual([]);
    expect(readCanned({ responses: 'x' })).toEqual([]);
  });
});
