import type { ServerConfig } from '../config/configSchema.ts';

type Hours = NonNullable<ServerConfig['businessHours']>;
const DAY_KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const DAY_MS = 86_400_000;
/** How far ahead to look for openings: far enough for a 30-day target on a one-hour week. */
const HORIZON_DAYS = 800;

/**
 * Opening hours in a time zone: whether support is open now, when it opens
 * next, and when a first-response target in business minutes falls due.
 * Without configured hours, support counts as always open.
 */
export class BusinessHours {
  private readonly hours: Hours | undefined;
  private readonly parts: Intl.DateTimeFormat | undefined;

  constructor(hours: Hours | undefined) {
    this.hours = hours;
    this.parts = hours
      ? new Intl.DateTimeFormat('en-US', {
          timeZone: hours.timeZone,
          hourCycle: 'h23',
          year: 'numeric',
          month: 'numeric',
          day: 'numeric',
          hour: 'numeric',
          minute: 'numeric',
          second: 'numeric',
        })
      : undefined;
  }

  isOpen(now: number): boolean {
    if (!this.hours) return true;
    for (const [start, end] of this.intervals(now - DAY_MS, 3))
      if (start <= now && now < end) return true;
    return false;
  }

  /** The next opening after `now`, or null when always open or never open. */
  nextOpenAt(now: number): number | null {
    if (!this.hours) return null;
    for (const [start] of this.intervals(now - DAY_MS, 15)) if (start > now) return start;
    return null;
  }

  /** `now` plus `minutes` of open time. */
  addBusinessMinutes(now: number, minutes: number): number {
    if (!this.hours) return now + minutes * 60_000;
    let left = minutes * 60_000;
    for (const [start, end] of this.intervals(now - DAY_MS, HORIZON_DAYS)) {
      if (end <= now) continue;
      const from = Math.max(start, now);
      if (end - from >= left) return from + left;
      left -= end - from;
    }
    // No opening in the horizon: fall back to calendar time rather than never.
    return now + minutes * 60_000;
  }

  /** Opening intervals as UTC ms, in order, for `days` local days from the day of `from`. */
  private *intervals(from: number, days: number): Generator<[number, number]> {
    const hours = this.hours;
    if (!hours) return;
    const local = this.localParts(from);
    for (let d = 0; d < days; d += 1) {
      const date = new Date(Date.UTC(local.year, local.month - 1, local.day + d));
      const key = DAY_KEYS[date.getUTCDay()] ?? 'sun';
      for (const [a, b] of hours.weekly[key]) {
        const start = this.toUtc(date, a);
        const end = this.toUtc(date, b);
        if (end > start) yield [start, end];
      }
    }
  }

  private toUtc(date: Date, clock: string): number {
    const [h = 0, m = 0] = clock.split(':').map(Number);
    const guess = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), h, m);
    const first = guess - this.offset(guess);
    const second = guess - this.offset(first);
    return second;
  }

  /** The zone's offset from UTC at instant `t`, in ms. */
  private offset(t: number): number {
    const p = this.localParts(t);
    return (
      Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(t / 1000) * 1000
    );
  }

  private localParts(t: number) {
    const out = { year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0 };
    for (const part of this.parts?.formatToParts(t) ?? []) {
      if (part.type in out) out[part.type as keyof typeof out] = Number(part.value);
    }
    return out;
  }
}
