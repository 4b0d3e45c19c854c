import { fillTemplate, type MessageParams } from './fillTemplate.ts';
import type { MessageKey, Messages, Plural } from './Messages.ts';

/** Words and formats for one locale: what every component reads through `useT`. */
export interface Translator {
  /** The BCP 47 tag used for `Intl` (the requested one, e.g. `tr-TR`). */
  readonly locale: string;
  /** The message for `key` with its placeholders filled; plurals pick a form by `params.count`. */
  t(key: MessageKey, params?: MessageParams): string;
  /** True when the catalog has `key` (for keys built from data, such as `fact.${key}`). */
  has(key: string): key is MessageKey;
  number(value: number): string;
  /** `12 May 2026, 14:05` in the locale's own order. */
  dateTime(timestamp: number): string;
  /** `in 8 hours`, `3 minutes ago`: the largest unit that fits. */
  relative(timestamp: number, now: number): string;
  /** `8 hours`, `2 days`: a span of minutes in the largest whole unit. */
  duration(minutes: number): string;
  /** `10 MB`, `512 KB`. */
  bytes(value: number): string;
  /** `42%`. */
  percent(fraction: number): string;
}

const UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1000],
];

/** A value made on first use and kept. */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= make();
    return value;
  };
}

/** Builds the {@link Translator} for `locale` over an already loaded catalog. */
export function createTranslator(locale: string, messages: Messages): Translator {
  // Formatters are made on first use: the first Intl.NumberFormat of a page
  // loads ICU number data, a long task (hundreds of ms on a slow phone) that
  // the home screen and the first report step never need.
  const plural = lazy(() => new Intl.PluralRules(locale));
  const numbers = lazy(() => new Intl.NumberFormat(locale));
  const dates = lazy(
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
  );
  const relatives = lazy(() => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  const percents = lazy(() => new Intl.NumberFormat(locale, { style: 'percent' }));
  const unit = (name: string, value: number) =>
    new Intl.NumberFormat(locale, {
      style: 'unit',
      unit: name,
      unitDisplay: 'long',
      maximumFractionDigits: 0,
    }).format(value);
  // Small whole numbers read the same in every shipped locale: no ICU needed.
  const formatNumber = (value: number) =>
    Number.isInteger(value) && Math.abs(value) < 1000 ? String(value) : numbers().format(value);

  const pick = (form: Plural, count: number): string => {
    const category = plural().select(count) as keyof Plural;
    return form[category] ?? form.other;
  };

  return {
    locale,
    t(key, params = {}) {
      const entry = messages[key];
      const template = typeof entry === 'string' ? entry : pick(entry, Number(params.count ?? 0));
      return fillTemplate(template, params, formatNumber);
    },
    has: (key): key is MessageKey => Object.hasOwn(messages, key),
    number: formatNumber,
    dateTime: (timestamp) => dates().format(timestamp),
    relative(timestamp, now) {
      const diff = timestamp - now;
      for (const [name, size] of UNITS) {
        if (Math.abs(diff) >= size || name === 'second')
          return relatives().format(Math.round(diff / size), name);
      }
      return relatives().format(0, 'second');
    },
    duration(minutes) {
      if (minutes % 1440 === 0) return unit('day', minutes / 1440);
      if (minutes >= 60 && minutes % 60 === 0) return unit('hour', minutes / 60);
      if (minutes > 120) return unit('hour', Math.round(minutes / 60));
      return unit('minute', minutes);
    },
    bytes(value) {
      if (value >= 1024 * 1024) {
        return new Intl.NumberFormat(locale, {
          style: 'unit',
          unit: 'megabyte',
          maximumFractionDigits: 1,
        }).format(value / (1024 * 1024));
      }
      return new Intl.NumberFormat(locale, {
        style: 'unit',
        unit: 'kilobyte',
        maximumFractionDigits: 0,
      }).format(Math.max(1, Math.round(value / 1024)));
    },
    percent: (fraction) => percents().format(fraction),
  };
}
