/**
 * Fills the `{slot}`s of benign templates: amounts, dates, versions, error
 * codes, and numbers that look like secrets but are invalid by construction
 * (11 digits failing the kimlik checksum, 16 digits failing Luhn).
 */
import * as gen from './redaction-secrets.ts';

/** Returns a filler that draws from `r`. */
export function benignFiller(r: gen.Rand): (template: string) => string {
  const money = (n: number, thousands: string, decimal: string, cents: boolean): string => {
    const whole = Math.floor(n)
      .toString()
      .replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
    return cents ? `${whole}${decimal}${String(gen.int(r, 0, 99)).padStart(2, '0')}` : whole;
  };
  const MONTHS_EN = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  const MONTHS_TR = [
    'Ocak',
    'Şubat',
    'Mart',
    'Nisan',
    'Mayıs',
    'Haziran',
    'Temmuz',
    'Ağustos',
    'Eylül',
    'Ekim',
    'Kasım',
    'Aralık',
  ];
  const MONTHS_AZ = [
    'yanvar',
    'fevral',
    'mart',
    'aprel',
    'may',
    'iyun',
    'iyul',
    'avqust',
    'sentyabr',
    'oktyabr',
    'noyabr',
    'dekabr',
  ];
  const ERRORS = [
    'PMT-105',
    'PMT-110',
    '2FA-03',
    'KYC-512',
    'APP-301',
    'NET-404',
    'TRF-202',
    'DOC-601',
    'OTP-11',
    'EMAIL-02',
    'TRF-207',
    'KYC-505',
    'APP-312',
  ];
  const pad = (n: number): string => String(n).padStart(2, '0');

  /** An 11-digit number that fails the kimlik checksum (and is not a mobile number). */
  function nonKimlik(): string {
    for (;;) {
      const n = String(gen.int(r, 1, 9)) + gen.digits(r, 10);
      if (!validKimlik(n) && !n.startsWith('05')) return n;
    }
  }
  function validKimlik(n: string): boolean {
    const d = [...n].map(Number);
    const at = (i: number): number => d[i] ?? 0;
    const tenth =
      ((((at(0) + at(2) + at(4) + at(6) + at(8)) * 7 - (at(1) + at(3) + at(5) + at(7))) % 10) +
        10) %
      10;
    return tenth === at(9) && d.slice(0, 10).reduce((s, x) => s + x, 0) % 10 === at(10);
  }
  /** A 16-digit number whose Luhn check fails. */
  function nonLuhn(): string {
    const body = String(gen.int(r, 1, 9)) + gen.digits(r, 14);
    const good = Number(gen.luhnDigit(body));
    return body + String((good + gen.int(r, 1, 9)) % 10);
  }

  function benignSlot(slot: string): string {
    const month = gen.int(r, 1, 12);
    const day = gen.int(r, 1, 28);
    switch (slot) {
      case 'order':
        return gen.pick(r, [
          `#${gen.digits(r, 7)}`,
          `ORD-2026-${gen.digits(r, 6)}`,
          `SP-${gen.digits(r, 8)}`,
        ]);
      case 'orderno2':
        return String(gen.int(r, 1_000_000_000, 9_999_999_999));
      case 'orderno':
        return String(gen.int(r, 100000, 999999999));
      case 'usd':
        return `$${money(gen.int(r, 5, 4999), ',', '.', r() < 0.7)}`;
      case 'try':
        return gen.pick(r, [
          `${money(gen.int(r, 50, 25000), '.', ',', true)} TL`,
          `${gen.int(r, 50, 900)} TL`,
          `₺${money(gen.int(r, 50, 9999), '.', ',', true)}`,
        ]);
      case 'azn':
        return gen.pick(r, [
          `${gen.int(r, 10, 900)} AZN`,
          `${money(gen.int(r, 1000, 9999), ' ', ',', true)} AZN`,
          `${gen.int(r, 5, 300)} manat`,
        ]);
      case 'time':
        return r() < 0.7
          ? `${pad(gen.int(r, 0, 23))}:${pad(gen.int(r, 0, 59))}`
          : `${pad(gen.int(r, 0, 23))}:${pad(gen.int(r, 0, 59))}:${pad(gen.int(r, 0, 59))}`;
      case 'date_en':
        return gen.pick(r, [
          `${MONTHS_EN[month - 1]} ${day}, 2026`,
          `2026-${pad(month)}-${pad(day)}`,
          `${pad(day)}/${pad(month)}/2026`,
        ]);
      case 'date_tr':
        return gen.pick(r, [
          `${pad(day)}.${pad(month)}.2026`,
          `${day} ${MONTHS_TR[month - 1]} 2026`,
          `${day} ${MONTHS_TR[month - 1]}`,
        ]);
      case 'date_az':
        return gen.pick(r, [
          `${pad(day)}.${pad(month)}.2026`,
          `${day} ${MONTHS_AZ[month - 1]} 2026-cı il`,
          `${day} ${MONTHS_AZ[month - 1]}`,
        ]);
      case 'version':
        return gen.pick(r, [
          `4.${gen.int(r, 0, 14)}.${gen.int(r, 0, 9)} build ${gen.int(r, 100, 999)}`,
          `v3.${gen.int(r, 0, 9)}.${gen.int(r, 0, 9)}`,
          `5.0.${gen.int(r, 0, 9)} (build ${gen.int(r, 1000, 9999)})`,
        ]);
      case 'build':
        return gen.pick(r, [
          `build ${gen.int(r, 100, 999)}`,
          `4.13.0-beta.${gen.int(r, 1, 9)} (build ${gen.int(r, 1000, 9999)})`,
        ]);
      case 'ts':
        return gen.pick(r, [
          `2026-${pad(month)}-${pad(day)}T${pad(gen.int(r, 0, 23))}:${pad(gen.int(r, 0, 59))}:${pad(gen.int(r, 0, 59))}Z`,
          `2026-${pad(month)}-${pad(day)} ${pad(gen.int(r, 0, 23))}:${pad(gen.int(r, 0, 59))}:${pad(gen.int(r, 0, 59))}.${gen.digits(r, 3)}`,
          `${pad(day)}.${pad(month)}.2026 ${pad(gen.int(r, 0, 23))}:${pad(gen.int(r, 0, 59))}:${pad(gen.int(r, 0, 59))}`,
        ]);
      case 'err':
        return gen.pick(r, ERRORS);
      case 'errnum':
        return String(gen.pick(r, [105, 110, 202, 301, 404, 512, 601]));
      case 'ticket':
        return gen.pick(r, [
          `DT-${gen.alnum(r, 6, 'ABCDEFGHJKMNPQRSTVWXYZ23456789')}`,
          `#TCK-${gen.digits(r, 5)}`,
        ]);
      case 'ref':
        return gen.pick(r, [
          `REF-${gen.digits(r, 4)}-${gen.pick(r, ['A', 'B', 'K'])}`,
          `WD${gen.digits(r, 10)}`,
          `R-${gen.digits(r, 3)}-${gen.digits(r, 3)}`,
        ]);
      case 'txn':
        return gen.pick(r, [
          `TXN-${gen.alnum(r, 6, 'ABCDEFGHJKMNPQRSTVWXYZ23456789')}`,
          `TX-2026-${pad(month)}${pad(day)}-${gen.digits(r, 5)}`,
          `${gen.digits(r, 9)}`,
        ]);
      case 'fakephone':
        return gen.pick(r, [
          '444 0 532',
          '0850 222 0 444',
          '+90 532 12',
          '0532 123 45',
          '555 12 34',
          '*7020',
          '148',
        ]);
      case 'num11':
        return nonKimlik();
      case 'num16':
        return nonLuhn();
      case 'invoice':
        return `INV-2026-${gen.digits(r, 5)}`;
      case 'uuid':
        return [8, 4, 4, 4, 12].map((n) => gen.alnum(r, n, '0123456789abcdef')).join('-');
      case 'hex':
        return gen.alnum(r, 32, '0123456789abcdef');
      default:
        throw new Error(`unknown benign slot {${slot}}`);
    }
  }

  return (template) => template.replace(/\{(\w+)\}/g, (_, slot: string) => benignSlot(slot));
}
