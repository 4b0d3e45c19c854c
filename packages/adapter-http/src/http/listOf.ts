import type { Validation } from '@destek/protocol';
import type { Check } from './readAnswer.ts';

/**
 * Checks `{ [key]: T[] }` item by item. The protocol names the item schemas; the envelope is this small
 * enough not to need one of its own.
 */
export function listOf<T>(key: string | undefined, item: Check<T>, max = 1000): Check<T[]> {
  return (data: unknown): Validation<T[]> => {
    let list: unknown = data;
    if (key !== undefined) {
      const isObject = typeof data === 'object' && data !== null && !Array.isArray(data);
      if (!isObject) return { ok: false, field: '', message: 'Expected an object' };
      const extra = Object.keys(data).find((name) => name !== key);
      if (extra !== undefined) return { ok: false, field: extra, message: 'Unknown key' };
      list = (data as Record<string, unknown>)[key];
    }
    const prefix = key === undefined ? '' : `${key}.`;
    if (!Array.isArray(list)) return { ok: false, field: key ?? '', message: 'Expected a list' };
    if (list.length > max)
      return { ok: false, field: key ?? '', message: `More than ${max} items` };
    const out: T[] = [];
    for (const [index, value] of list.entries()) {
      const checked = item(value);
      if (!checked.ok) {
        const field =
          checked.field === '' ? `${prefix}${index}` : `${prefix}${index}.${checked.field}`;
        return { ok: false, field, message: checked.message };
      }
      out.push(checked.value);
    }
    return { ok: true, value: out };
  };
}
