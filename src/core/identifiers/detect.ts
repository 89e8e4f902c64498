import { KIND_SPECS } from './registry.ts';
import { IDENTIFIER_KINDS, type IdentifierKind, type ParseOptions, type ParseResult } from './types.ts';

export interface DetectOptions extends ParseOptions {
  /** ISO countries the user cares about; their ID kinds rank first. */
  countries?: string[];
}

/**
 * Kinds validated by structure alone. Almost any digit string of the right length with a real
 * date (CPR) or outside a few reserved blocks (SSN) passes, so a pass says little; a matching
 * check digit says much more.
 */
const STRUCTURE_ONLY: ReadonlySet<IdentifierKind> = new Set(['cpr', 'ssn']);

interface Candidate {
  kind: IdentifierKind;
  /** Sort keys, compared left to right; lower ranks first. */
  keys: readonly number[];
}

/** A bug in one kind's parser must not break detection for all the others. */
function safely<T>(run: () => T, fallback: T): T {
  try {
    return run();
  } catch {
    return fallback;
  }
}

function countryOf(kind: IdentifierKind, result: ParseResult, options: DetectOptions): string | undefined {
  if (kind === 'phone') return result.ok ? result.country : options.defaultPhoneRegion?.toUpperCase();
  return KIND_SPECS[kind].country;
}

function evidence(kind: IdentifierKind): number {
  if (kind === 'email' || kind === 'phone') return 1;
  return STRUCTURE_ONLY.has(kind) ? 2 : 0;
}

/**
 * Plausible kinds for `input`, best first. Never throws.
 *
 * Ranking, each rule only breaking ties left by the previous one:
 * 1. Kinds whose parser accepts the input rank above kinds that merely look like the shape
 *    (`looksLike`: right length and character class, but a failing check or date).
 * 2. Kinds of the user's `countries` (for phones: the number's region, or the default region).
 *    This is what decides an 11-digit string that is valid both as a PESEL and, say, an Estonian
 *    isikukood.
 * 3. Strength of evidence: a matching check digit (or a distinctive letter pattern) beats a
 *    phone-number pattern, which beats structure-only kinds (CPR, SSN).
 * 4. The fixed IDENTIFIER_KINDS order.
 * An `@` or a leading `+` needs no rule of its own: no kind but email accepts or looks like an
 * `@`, and no national ID accepts a leading `+`, so such input yields email or phone alone.
 * A leading `00` gets no phone preference: a PESEL of someone born in 2000 starts with 00 too.
 * Password is never proposed next to another kind: anything can be a password, and the popup
 * offers it explicitly. It is returned alone, as the last resort, when no other kind fits a
 * non-blank input.
 */
export function detectKinds(input: string, options: DetectOptions = {}): IdentifierKind[] {
  const countries = new Set((options.countries ?? []).map((c) => c.toUpperCase()));
  const candidates: Candidate[] = [];
  IDENTIFIER_KINDS.forEach((kind, order) => {
    if (kind === 'password') return;
    const spec = KIND_SPECS[kind];
    const result = safely<ParseResult | undefined>(() => spec.parse(input, options), undefined);
    if (result === undefined) return;
    if (!result.ok && !safely(() => spec.looksLike(input), false)) return;
    const country = countryOf(kind, result, options);
    const inCountry = country !== undefined && countries.has(country);
    candidates.push({
      kind,
      keys: [result.ok ? 0 : 1, inCountry ? 0 : 1, evidence(kind), order],
    });
  });
  if (candidates.length === 0)
    return input.trim() !== '' && safely(() => KIND_SPECS.password.looksLike(input), false)
      ? ['password']
      : [];
  return candidates.toSorted(compareCandidates).map((c) => c.kind);
}

function compareCandidates(a: Candidate, b: Candidate): number {
  for (let i = 0; i < a.keys.length; i++) {
    const diff = (a.keys[i] ?? 0) - (b.keys[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}
