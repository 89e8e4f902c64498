import type { IdentifierKind, ParseError } from '../../core/identifiers/index.ts';
import type { Translator } from '../../platform/i18n.ts';
import { kindName } from '../shared/kind-labels.ts';

/**
 * What is wrong with the input, never quoting it. The identifier engine writes one specific English
 * sentence per failure ("A PESEL number has 11 digits, but 10 were entered."); in other languages we say
 * the same by error code, which keeps the kind and the kind of mistake.
 */
export function validationText(t: Translator, kind: IdentifierKind, error: ParseError): string {
  if (t.language.toLowerCase().startsWith('en')) return error.message;
  return t.dynamic(`popup_parse_${error.code}`, kindName(t, kind));
}
