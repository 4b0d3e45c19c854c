import type { Translator } from '../../i18n/createTranslator.ts';
import type { MessageKey } from '../../i18n/Messages.ts';

/** Fields a backend may name when it refuses a report, worded by the catalog's labels. */
const FIELD_KEYS: Readonly<Record<string, MessageKey>> = {
  summary: 'field.summary',
  category: 'field.category',
  errorCode: 'field.errorCode',
  stepsTried: 'field.stepsTried',
  expected: 'field.expected',
  observed: 'field.observed',
  attachments: 'field.attachments',
  contact: 'field.contactEmail',
  priority: 'field.priority',
};

/** The catalog's wording of a backend (`offline`) or storage (`storage_full`) error code. */
function codeText(t: Translator, code: string): string {
  const backend = `backend.${code}`;
  if (t.has(backend)) return t.t(backend);
  const storage = `storage.${code}`;
  return t.has(storage) ? t.t(storage) : t.t('backend.server');
}

/**
 * Why something was refused or failed, naming the field when there is one:
 * "the support service refused part of the report. (Summary)".
 */
export function reasonText(
  t: Translator,
  reason: { code: string; field?: string | undefined },
): string {
  const text = codeText(t, reason.code);
  const fieldKey = reason.field ? FIELD_KEYS[reason.field.split('.')[0] ?? ''] : undefined;
  return fieldKey ? t.t('attention.field', { reason: text, field: t.t(fieldKey) }) : text;
}

/** Wire codes that mean the server turned the site itself away, whatever the HTTP status. */
const SITE_REFUSALS = new Set(['unknown_site', 'origin_not_allowed', 'identity_rejected']);

/** Any rejection of a client call in words: a Destek error by its code and field, anything else as a server problem. */
export function errorText(t: Translator, error: unknown): string {
  if (typeof error !== 'object' || error === null) return codeText(t, 'server');
  if ('wireCode' in error && SITE_REFUSALS.has(String(error.wireCode)))
    return t.t('backend.site_refused');
  const code = 'code' in error && typeof error.code === 'string' ? error.code : 'server';
  const field = 'field' in error && typeof error.field === 'string' ? error.field : undefined;
  return reasonText(t, { code, field });
}
