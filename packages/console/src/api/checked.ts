import { validate } from '@destek/protocol';
import { ConsoleError } from './ConsoleError.ts';

type Schema = Parameters<typeof validate>[0];

/** `data` as `schema` describes it, or a `bad_answer` error naming where it differs. */
export function checked<S extends Schema>(
  schema: S,
  data: unknown,
  where: string,
): ReturnType<S['parse']> {
  const result = validate(schema, data);
  if (!result.ok) {
    const at = result.field === '' ? where : `${where}.${result.field}`;
    throw new ConsoleError('bad_answer', `${at}: ${result.message}`, { field: at });
  }
  return result.value as ReturnType<S['parse']>;
}

/** The array at `data[key]`, each item checked against `schema`. */
export function checkedList<S extends Schema>(
  schema: S,
  data: unknown,
  key: string,
): Array<ReturnType<S['parse']>> {
  const list = (data as Record<string, unknown> | null)?.[key];
  if (!Array.isArray(list)) throw new ConsoleError('bad_answer', `${key} is not a list`);
  return list.map((item, index) => checked(schema, item, `${key}.${index}`));
}
