/**
 * Every kind of secret the redactor knows, in the order findings are listed.
 * Each kind is a protocol slug and also names its marker: a card becomes
 * `[card]`. Markers hold no digits, `@`, `=` or `:`, so no detector can match
 * one, which is what makes redacting twice a no-op.
 */
export const REDACTION_KINDS = [
  'pem',
  'url-credentials',
  'jwt',
  'token',
  'secret',
  'password',
  'iban',
  'card',
  'email',
  'phone',
  'national-id',
] as const;

/** One kind of secret, e.g. `card` or `national-id`. */
export type RedactionKind = (typeof REDACTION_KINDS)[number];

/** The readable text that replaces a secret of `kind`. */
export function markerFor(kind: RedactionKind): string {
  return `[${kind}]`;
}

/** True when `value` starts with a marker, so it was redacted before. */
export function startsWithMarker(value: string): boolean {
  return /^\[[a-z-]{3,16}\]/.test(value);
}
