/**
 * Generators of valid-by-construction secrets for the redaction corpora:
 * check digits are computed here, independently of the code under test, from
 * a seeded PRNG so the corpus is reproducible.
 */

/** mulberry32: small, fast, seeded; good enough for test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rand = () => number;
export const int = (r: Rand, lo: number, hi: number): number =>
  lo + Math.floor(r() * (hi - lo + 1));
export const pick = <T>(r: Rand, items: readonly T[]): T => {
  const item = items[Math.floor(r() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
};
export const digits = (r: Rand, n: number): string =>
  Array.from({ length: n }, () => String(int(r, 0, 9))).join('');
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const alnum = (r: Rand, n: number, alphabet = ALNUM): string =>
  Array.from({ length: n }, () => pick(r, [...alphabet])).join('');

/** The Luhn check digit that makes `body + digit` valid. */
export function luhnDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

export const CARD_NETWORKS = {
  visa: { prefixes: ['4'], length: 16 },
  visa13: { prefixes: ['4'], length: 13 },
  mastercard: { prefixes: ['51', '52', '53', '54', '55'], length: 16 },
  mastercard2: { prefixes: ['2221', '2300', '2450', '2598', '2679', '2720'], length: 16 },
  amex: { prefixes: ['34', '37'], length: 15 },
  troy: { prefixes: ['9792'], length: 16 },
  discover: { prefixes: ['6011', '65'], length: 16 },
  unionpay: { prefixes: ['62'], length: 19 },
  jcb: { prefixes: ['3530', '3589'], length: 16 },
  maestro: { prefixes: ['6759', '5018'], length: 16 },
} as const;
export type CardNetwork = keyof typeof CARD_NETWORKS;

/** A Luhn-valid number of the network, formatted the way people type it. */
export function card(r: Rand, network: CardNetwork): { raw: string; written: string } {
  const { prefixes, length } = CARD_NETWORKS[network];
  const prefix = pick(r, prefixes);
  const body = prefix + digits(r, length - prefix.length - 1);
  const raw = body + luhnDigit(body);
  const style = int(r, 0, 2);
  if (style === 0) return { raw, written: raw };
  const sep = style === 1 ? ' ' : '-';
  const groups = length === 15 ? [4, 6, 5] : length === 19 ? [4, 4, 4, 4, 3] : [4, 4, 4, 4];
  let at = 0;
  const parts: string[] = [];
  for (const g of groups) {
    if (at >= length) break;
    parts.push(raw.slice(at, at + g));
    at += g;
  }
  if (at < length) parts.push(raw.slice(at));
  return { raw, written: parts.join(sep) };
}

/** Registered lengths and BBAN shapes (`9` digit, `A` letter) of the countries used. */
export const IBAN_SHAPES: Record<string, string> = {
  TR: '9999909999999999999999',
  AZ: 'AAAA99999999999999999999',
  DE: '999999999999999999',
  GB: 'AAAA99999999999999',
  FR: '99999999999999999999999',
  NL: 'AAAA9999999999',
  ES: '99999999999999999999',
  IT: 'A9999999999999999999999',
  BE: '999999999999',
  AT: '9999999999999999',
  CH: '99999999999999999',
  PL: '999999999999999999999999',
  SE: '99999999999999999999',
  NO: '99999999999',
  DK: '99999999999999',
  FI: '99999999999999',
  IE: 'AAAA99999999999999',
  PT: '999999999999999999999',
  GE: 'AA9999999999999999',
  UA: '9999999999999999999999999',
  RO: 'AAAA9999999999999999',
  BG: 'AAAA99999999999999',
  CY: '999999999999999999999999',
  GR: '99999999999999999999999',
  SA: '99999999999999999999',
  AE: '9999999999999999999',
  KZ: '9999999999999999',
  CZ: '99999999999999999999',
  HU: '999999999999999999999999',
  LT: '9999999999999999',
};

function mod97(value: string): number {
  let rest = 0;
  for (const ch of value) {
    const n = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const d of n) rest = (rest * 10 + Number(d)) % 97;
  }
  return rest;
}

/** A mod-97-valid IBAN of the country, solid or in groups of four. */
export function iban(r: Rand, country: string): { raw: string; written: string } {
  const shape = IBAN_SHAPES[country];
  if (shape === undefined) throw new Error(`no IBAN shape for ${country}`);
  const bban = [...shape]
    .map((c) => (c === '9' ? String(int(r, 0, 9)) : pick(r, [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'])))
    .join('');
  const check = String(98 - mod97(`${bban + country}00`)).padStart(2, '0');
  const raw = country + check + bban;
  const written = r() < 0.6 ? (raw.match(/.{1,4}/g) ?? []).join(' ') : raw;
  return { raw, written };
}

/** A T.C. kimlik number with both check digits right. */
export function tcKimlik(r: Rand): string {
  const d = [int(r, 1, 9), ...Array.from({ length: 8 }, () => int(r, 0, 9))];
  const at = (i: number): number => d[i] ?? 0;
  const tenth =
    ((((at(0) + at(2) + at(4) + at(6) + at(8)) * 7 - (at(1) + at(3) + at(5) + at(7))) % 10) + 10) %
    10;
  d.push(tenth);
  d.push(d.reduce((s, x) => s + x, 0) % 10);
  return d.join('');
}

export function turkishMobile(r: Rand): string {
  const op = pick(r, [
    '530',
    '532',
    '533',
    '535',
    '537',
    '541',
    '542',
    '505',
    '506',
    '551',
    '555',
    '543',
  ]);
  const a = digits(r, 3);
  const b = digits(r, 2);
  const c = digits(r, 2);
  return pick(r, [
    `0${op} ${a} ${b} ${c}`,
    `0 ${op} ${a} ${b} ${c}`,
    `0 (${op}) ${a} ${b} ${c}`,
    `(0${op}) ${a}-${b}-${c}`,
    `+90 ${op} ${a} ${b} ${c}`,
    `+90 (${op}) ${a}-${b}-${c}`,
    `+90${op}${a}${b}${c}`,
    `0${op}${a}${b}${c}`,
    `${op} ${a} ${b} ${c}`,
    `0${op}.${a}.${b}.${c}`,
    `+90-${op}-${a}-${b}-${c}`,
  ]);
}

export function azerbaijaniMobile(r: Rand): string {
  const op = pick(r, ['50', '51', '55', '70', '77', '99', '10']);
  const a = digits(r, 3);
  const b = digits(r, 2);
  const c = digits(r, 2);
  return pick(r, [
    `+994 ${op} ${a} ${b} ${c}`,
    `+994 (${op}) ${a}-${b}-${c}`,
    `+994${op}${a}${b}${c}`,
    `0${op} ${a} ${b} ${c}`,
    `(0${op}) ${a}-${b}-${c}`,
    `0${op}${a}${b}${c}`,
    `0${op}-${a}-${b}-${c}`,
    `+994.${op}.${a}.${b}.${c}`,
  ]);
}

export function otherPhone(r: Rand): string {
  return pick(r, [
    `+1 415 555 ${digits(r, 4)}`,
    `+44 20 7946 ${digits(r, 4)}`,
    `+49 30 ${digits(r, 8)}`,
    `+7 (495) ${digits(r, 3)}-${digits(r, 2)}-${digits(r, 2)}`,
    `+995 599 ${digits(r, 3)} ${digits(r, 3)}`,
    `+33 6 ${digits(r, 2)} ${digits(r, 2)} ${digits(r, 2)} ${digits(r, 2)}`,
  ]);
}

const b64url = (value: string): string => Buffer.from(value).toString('base64url');

export function jwt(r: Rand): string {
  const header = b64url(JSON.stringify({ alg: pick(r, ['HS256', 'RS256', 'ES256']), typ: 'JWT' }));
  const payload = b64url(
    JSON.stringify({ sub: digits(r, 8), iat: 1770000000 + int(r, 0, 9999999), scope: 'wallet' }),
  );
  return `${header}.${payload}.${alnum(r, 43, `${ALNUM}-_`)}`;
}

export function pemBlock(r: Rand): string {
  const label = pick(r, [
    'RSA PRIVATE KEY',
    'PRIVATE KEY',
    'EC PRIVATE KEY',
    'OPENSSH PRIVATE KEY',
  ]);
  const lines = Array.from({ length: int(r, 3, 6) }, () => alnum(r, 64, `${ALNUM}+/`));
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----`;
}

export function apiKey(r: Rand): string {
  return pick(r, [
    `sk_live_${alnum(r, 24)}`,
    `sk_test_${alnum(r, 24)}`,
    `ghp_${alnum(r, 36)}`,
    `xoxb-${digits(r, 12)}-${digits(r, 13)}-${alnum(r, 24)}`,
    `AKIA${alnum(r, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`,
    `AIza${alnum(r, 35, `${ALNUM}-_`)}`,
    `glpat-${alnum(r, 20)}`,
    `xoxp-${digits(r, 11)}-${digits(r, 12)}-${alnum(r, 32, 'abcdef0123456789')}`,
  ]);
}

export function password(r: Rand): string {
  const words = ['Gizli', 'Bahar', 'Kartal', 'Sunny', 'Qala', 'Deniz', 'Tiger', 'Xezer', 'Lale'];
  return pick(r, [
    `${pick(r, words)}${digits(r, 3)}${pick(r, ['!', '#', '*', '', '.'])}`,
    `${alnum(r, 10)}`,
    `${pick(r, words).toLowerCase()}_${digits(r, 4)}`,
    `${alnum(r, 6)}${pick(r, ['$', '%', '&'])}${digits(r, 2)}`,
  ]);
}

export function opaqueToken(r: Rand): string {
  return alnum(r, int(r, 28, 40), `${ALNUM}-_`);
}

const FIRST = [
  'ayse',
  'mehmet',
  'leyla',
  'rashad',
  'john.smith',
  'elif',
  'nigar',
  'kerem',
  'aysel',
  'murat',
];
const LAST = ['yilmaz', 'aliyev', 'demir', 'huseynova', 'kaya', 'mammadov', 'celik', 'sahin'];
const DOMAINS = [
  'gmail.com',
  'hotmail.com',
  'yandex.com.tr',
  'mail.ru',
  'outlook.com',
  'example.az',
  'firma.com.tr',
  'box.az',
];

export function email(r: Rand): string {
  const first = pick(r, FIRST);
  const sep = pick(r, ['.', '_', '', '']);
  return `${first}${sep}${pick(r, LAST)}${r() < 0.4 ? digits(r, 2) : ''}@${pick(r, DOMAINS)}`;
}
