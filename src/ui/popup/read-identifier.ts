// The popup loads this module as its own chunk after the first render (use-detection.ts): it brings every
// parser and libphonenumber's metadata. Import its types only from the first-paint code.
import {
  decideKind,
  parseIdentifier,
  type IdentifierKind,
  type KindDecision,
  type ParseResult,
} from '../../core/identifiers/index.ts';

export interface DetectionSettings {
  countries: readonly string[];
  nationalIdKinds: readonly IdentifierKind[];
  phoneRegion: string | null;
}

export interface IdentifierReading {
  /** How the input reads on its own; undefined while the field is empty. */
  decision: KindDecision | undefined;
  /** The kind the check will use: the person's choice, else the decided kind (or the likely one, to explain an error). */
  kind: IdentifierKind | undefined;
  /** 'person' when the person picked the kind; a detected kind is decided again by the background. */
  kindFrom: 'person' | 'detection';
  /** Local validation as that kind; undefined while the field is empty or no kind fits. */
  result: ParseResult | undefined;
  /** Valid as several kinds and nothing decides: the person must choose before anything is checked. */
  ambiguous: IdentifierKind[];
}

/** Region for phone numbers typed without +country, as the background reads them too. */
export function phoneRegionOf(settings: DetectionSettings): string | undefined {
  return settings.phoneRegion ?? settings.countries[0];
}

export function detectionOptions(settings: DetectionSettings, today: Date) {
  const region = phoneRegionOf(settings);
  return {
    today,
    countries: [...settings.countries],
    preferredKinds: [...settings.nationalIdKinds],
    ...(region === undefined ? {} : { defaultPhoneRegion: region }),
  };
}

/** A password is only ever read as a password: no detection, so nothing else can claim it. */
export function readPassword(value: string): IdentifierReading {
  return {
    decision: undefined,
    kind: 'password',
    kindFrom: 'person',
    result: value === '' ? undefined : parseIdentifier('password', value),
    ambiguous: [],
  };
}

/**
 * Detects and validates on the device, as the person types. The background decides again before checking;
 * this copy drives the kind line, the question when several kinds fit, and the live error, and sends nothing.
 */
export function readIdentifier(
  value: string,
  chosen: IdentifierKind | null,
  settings: DetectionSettings,
  today: Date,
): IdentifierReading {
  const kindFrom = chosen === null ? 'detection' : 'person';
  if (value.trim() === '')
    return { decision: undefined, kind: chosen ?? undefined, kindFrom, result: undefined, ambiguous: [] };
  const options = detectionOptions(settings, today);
  const decision = decideKind(value, options);
  const guessed =
    decision.status === 'decided' ? decision.kind : decision.status === 'none' ? decision.likely : undefined;
  const kind = chosen ?? guessed;
  const ambiguous = chosen === null && decision.status === 'ambiguous' ? decision.candidates : [];
  const result = kind === undefined ? undefined : parseIdentifier(kind, value, options);
  return { decision, kind, kindFrom, result, ambiguous };
}
