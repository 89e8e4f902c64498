import { RequestError, type Settings } from '../../contracts/index.ts';
import { parseIdentifier, type IdentifierKind, type ParsedIdentifier } from '../../core/index.ts';

/** Phone numbers without +country are read in the chosen region, else the first country the user picked. */
export function phoneRegionOf(settings: Settings): string | undefined {
  return settings.phoneRegion ?? settings.countries[0];
}

/** Parses with the user's settings; a failure is answered with the parser's own (identifier-free) words. */
export function parseWithSettings(
  kind: IdentifierKind,
  input: string,
  settings: Settings,
  today: Date,
): ParsedIdentifier {
  const region = phoneRegionOf(settings);
  const result = parseIdentifier(kind, input, {
    today,
    ...(region === undefined ? {} : { defaultPhoneRegion: region }),
  });
  if (!result.ok) throw new RequestError('invalid-identifier', result.error.message);
  return result;
}
