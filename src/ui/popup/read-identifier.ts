import {
  detectKinds,
  parseIdentifier,
  type IdentifierKind,
  type ParseResult,
} from '../../core/identifiers/index.ts';

export interface DetectionSettings {
  countries: readonly string[];
  phoneRegion: string | null;
}

export interface IdentifierReading {
  /** Best guess from what was typed; undefined while the field is empty. */
  detected: IdentifierKind | undefined;
  /** The kind the check will use: the user's choice, else the guess. */
  kind: IdentifierKind | undefined;
  /** Local validation as that kind; undefined while the field is empty. */
  result: ParseResult | undefined;
}

/** Region for phone numbers typed without +country, as the background reads them too. */
export function phoneRegionOf(settings: DetectionSettings): string | undefined {
  return settings.phoneRegion ?? settings.countries[0];
}

/**
 * Detects and validates on the device, as the user types. The background parses again before checking;
 * this copy only drives the kind picker and the live error, and never sends anything.
 */
export function readIdentifier(
  value: string,
  chosen: IdentifierKind | null,
  settings: DetectionSettings,
  today: Date,
): IdentifierReading {
  if (value.trim() === '') return { detected: undefined, kind: chosen ?? undefined, result: undefined };
  const region = phoneRegionOf(settings);
  const options = {
    today,
    countries: [...settings.countries],
    ...(region ? { defaultPhoneRegion: region } : {}),
  };
  const detected = detectKinds(value, options)[0];
  const kind = chosen ?? detected;
  return { detected, kind, result: kind === undefined ? undefined : parseIdentifier(kind, value, options) };
}
