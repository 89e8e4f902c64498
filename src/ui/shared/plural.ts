import type { Translator } from '../../platform/i18n.ts';

/** The plural forms our five languages use (Polish needs one, few and many; the others a subset). */
const FORMS = ['one', 'few', 'many', 'other'] as const;

/**
 * `${base}_one|few|many|other` chosen by the language's own plural rules ("1 time", "2 razy", "5 razy"),
 * falling back to `_other`. Every language file carries all four forms, so the completeness test holds.
 */
export function pluralKey(t: Translator, base: string, count: number): string {
  let form: string;
  try {
    form = new Intl.PluralRules(t.language).select(count);
  } catch {
    form = 'other';
  }
  const chosen = (FORMS as readonly string[]).includes(form) ? form : 'other';
  const key = `${base}_${chosen}`;
  return t.has(key) ? key : `${base}_other`;
}
