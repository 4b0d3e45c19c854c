/**
 * Error-code families the apps Destek is built for show their users, and the
 * category each points to (from the support articles in the project's seeds):
 * login codes (`2FA-03`, `OTP-12`, `EMAIL-4`), payment (`PMT-1xx`, `TRF-2xx`),
 * app and network (`APP-3xx`, `NET-4xx`), identity documents (`KYC-5xx`,
 * `DOC-6xx`). A site's own map (`ClassifyOptions.families`) is laid over this.
 */
export const DEFAULT_FAMILY_MAP: Readonly<Record<string, string>> = {
  PMT: 'payment',
  TRF: 'payment',
  '2FA': 'login',
  OTP: 'login',
  EMAIL: 'login',
  APP: 'technical',
  NET: 'technical',
  KYC: 'verification',
  DOC: 'verification',
};

/**
 * The family a bare number (`Hata Kodu 105`) belongs to, by its hundreds digit,
 * following the ranges the seeds give: PMT-1xx, TRF-2xx, APP-3xx, NET-4xx,
 * KYC-5xx, DOC-6xx. Numbers outside 100–699 give the family `unknown`.
 */
export const NUMERIC_FAMILY_BY_HUNDRED: readonly string[] = [
  'unknown',
  'PMT',
  'TRF',
  'APP',
  'NET',
  'KYC',
  'DOC',
];

/** The family reported for a bare number whose range does not map. */
export const UNKNOWN_FAMILY = 'unknown';
