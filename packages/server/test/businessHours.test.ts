import { describe, expect, it } from 'vitest';
import { BusinessHours } from '../src/time/BusinessHours.ts';

const weekdays = [['09:00', '18:00']] as [string, string][];
const hours = new BusinessHours({
  timeZone: 'Europe/Istanbul',
  weekly: {
    mon: weekdays,
    tue: weekdays,
    wed: weekdays,
    thu: weekdays,
    fri: weekdays,
    sat: [],
    sun: [],
  },
});

describe('BusinessHours', () => {
  it('is open on a weekday afternoon in Istanbul (UTC+3)', () => {
    expect(hours.isOpen(Date.parse('2026-11-25T12:00:00Z'))).toBe(true);
    expect(hours.isOpen(Date.parse('2026-11-25T05:59:00Z'))).toBe(false);
    expect(hours.isOpen(Date.parse('2026-11-25T06:00:00Z'))).toBe(true);
  });

  it('names Monday 09:00 local as the next opening on a Saturday', () => {
    expect(new Date(hours.nextOpenAt(Date.parse('2026-11-28T10:00:00Z')) ?? 0).toISOString()).toBe(
      '2026-11-30T06:00:00.000Z',
    );
  });

  it('counts first-response targets in business minutes across the night', () => {
    // Friday 17:30 local + 60 business minutes = Monday 09:30 local.
    const due = hours.addBusinessMinutes(Date.parse('2026-11-27T14:30:00Z'), 60);
    expect(new Date(due).toISOString()).toBe('2026-11-30T06:30:00.000Z');
  });

  it('follows daylight saving time changes', () => {
    const berlin = new BusinessHours({
      timeZone: 'Europe/Berlin',
      weekly: {
        mon: weekdays,
        tue: weekdays,
        wed: weekdays,
        thu: weekdays,
        fri: weekdays,
        sat: [],
        sun: [],
      },
    });
    expect(new Date(berlin.nextOpenAt(Date.parse('2026-03-28T12:00:00Z')) ?? 0).toISOString()).toBe(
      '2026-03-30T07:00:00.000Z',
    );
    expect(new Date(berlin.nextOpenAt(Date.parse('2026-10-24T12:00:00Z')) ?? 0).toISOString()).toBe(
      '2026-10-26T08:00:00.000Z',
    );
  });

  it('is always open without hours', () => {
    const always = new BusinessHours(undefined);
    expect(always.isOpen(0)).toBe(true);
    expect(always.nextOpenAt(0)).toBeNull();
    expect(always.addBusinessMinutes(0, 30)).toBe(1_800_000);
  });
});
