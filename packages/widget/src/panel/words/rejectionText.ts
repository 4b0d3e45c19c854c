import type { Translator } from '../../i18n/createTranslator.ts';
import type { FileRejection } from '../coreTypes.ts';

/** A refused file in words, with its name and the limit it broke (`a.png is larger than 10 MB.`). */
export function rejectionText(t: Translator, rejection: FileRejection): string {
  const limit =
    rejection.code === 'too_large' ? t.bytes(rejection.limit ?? 0) : t.number(rejection.limit ?? 0);
  return t.t(`file.${rejection.code}`, { name: rejection.name, limit });
}
