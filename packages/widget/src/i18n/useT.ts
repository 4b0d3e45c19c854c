import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Translator } from './createTranslator.ts';

/** The active translator; the panel provides it once the locale is loaded. */
export const TranslatorContext = createContext<Translator | null>(null);

/** The active {@link Translator}. Throws outside the panel, where there is none. */
export function useT(): Translator {
  const translator = useContext(TranslatorContext);
  if (!translator) throw new Error('Destek: useT() outside the panel');
  return translator;
}
