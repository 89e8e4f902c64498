import { RequestError, type Settings } from '../../contracts/index.ts';
import { decideKind, type IdentifierKind } from '../../core/index.ts';
import { phoneRegionOf } from './parse-with-settings.ts';

/**
 * The background never checks under a guess. A kind the page detected (not one the person picked) must be
 * the one the person's own settings decide; when the input is valid as several kinds and nothing decides,
 * or the page guessed another kind than the settings say, the answer is 'ambiguous-kind' with the kinds
 * to ask about, and nothing is hashed or sent. A password is never detected, only chosen, so it passes.
 */
export function confirmDetectedKind(
  kind: IdentifierKind,
  input: string,
  kindFrom: 'person' | 'detection',
  settings: Settings,
  today: Date,
): void {
  if (kindFrom === 'person' || kind === 'password') return;
  const region = phoneRegionOf(settings);
  const decision = decideKind(input, {
    today,
    countries: settings.countries,
    preferredKinds: settings.nationalIdKinds,
    ...(region === undefined ? {} : { defaultPhoneRegion: region }),
  });
  // Valid as nothing: the parser's own message says what is wrong, as for a kind the person picked.
  if (decision.status === 'none') return;
  if (decision.status === 'decided' && decision.kind === kind) return;
  const candidates =
    decision.status === 'ambiguous' ? decision.candidates : [...new Set([decision.kind, kind])];
  throw new RequestError(
    'ambiguous-kind',
    'This could be more than one kind of identifier. Choose which one it is; nothing was checked.',
    candidates,
  );
}
