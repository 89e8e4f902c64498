// Not the identifiers index: that brings every parser; labels are drawn before any of them loads.
import { kindCountry } from '../../core/identifiers/kind-facts.ts';
import type { IdentifierKind } from '../../core/identifiers/types.ts';
import type { Translator } from '../../platform/i18n.ts';

const snake = (text: string) => text.replaceAll('-', '_');

/** "PESEL", "email address", "National Insurance number": the kind's own name in the user's language. */
export function kindName(t: Translator, kind: IdentifierKind): string {
  return t.dynamic(`common_kind_${snake(kind)}`);
}

/** Country names come from the browser's own Intl data, so they need no translation of ours. */
export function countryName(language: string, code: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "PESEL (Poland)" for national IDs, the plain name for email, phone and password. */
export function kindLabel(t: Translator, kind: IdentifierKind): string {
  const country = kindCountry(kind);
  if (country === undefined) return kindName(t, kind);
  return t('common_kind_with_country', kindName(t, kind), countryName(t.language, country));
}
