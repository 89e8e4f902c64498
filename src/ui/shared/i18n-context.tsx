import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Translator } from '../../platform/i18n.ts';

export const TranslatorContext = createContext<Translator | null>(null);

/** The page's translator; every visible string goes through it. */
export function useT(): Translator {
  const t = useContext(TranslatorContext);
  if (t === null) throw new Error('useT() needs a TranslatorContext provider above it.');
  return t;
}
