import { detectKinds } from './detect.ts';
import { KIND_SPECS } from './registry.ts';
import { compactDigits, isNationalPhoneFormat } from './phone-format.ts';
import { IDENTIFIER_KINDS, type IdentifierKind, type ParseOptions, type ParseResult } from './types.ts';

export interface DecideOptions extends ParseOptions {
  /** ISO countries the person said are theirs. */
  countries?: readonly string[];
  /** National ID kinds the person prefers (settings); a preferred kind decides like a country. */
  preferredKinds?: readonly IdentifierKind[];
}

/**
 * How an input is to be read, before anything is checked:
 * - 'decided': exactly one kind, either the only one the input is valid as, or the only valid one the
 *   person's countries (or preferred kinds, or the phone region's national format) point at;
 * - 'ambiguous': valid as several kinds and nothing the person said decides; the person must choose;
 * - 'none': valid as no kind; `shapes` are the kinds whose shape it has, and `likely` the one of them that
 *   explains the mistake (the only shape, or the only one of the person's), for a specific message.
 * Password is never a candidate: anything can be a password, so it is only ever chosen explicitly.
 */
export type KindDecision =
  | { status: 'decided'; kind: IdentifierKind; candidates: IdentifierKind[] }
  | { status: 'ambiguous'; candidates: IdentifierKind[] }
  | { status: 'none'; likely: IdentifierKind | undefined; shapes: IdentifierKind[] };

/** A bug in one kind's parser must not break the decision for all the others. */
function safeParse(kind: IdentifierKind, input: string, options: ParseOptions): ParseResult | undefined {
  try {
    return KIND_SPECS[kind].parse(input, options);
  } catch {
    return undefined;
  }
}

/**
 * A phone counts only when written internationally (+ or 00) or exactly in the national format of the
 * default region: a library that reads any 10 digits as a British number would otherwise turn every NHS
 * number into a phone.
 */
function phoneWritten(
  input: string,
  result: ParseResult,
  options: ParseOptions,
): 'international' | 'national' | undefined {
  if (!result.ok) return undefined;
  const compact = compactDigits(input);
  if (compact.startsWith('+') || compact.startsWith('00')) return 'international';
  return isNationalPhoneFormat(compact, result.canonical, options.defaultPhoneRegion)
    ? 'national'
    : undefined;
}

function noKind(
  input: string,
  options: DecideOptions,
  countries: ReadonlySet<string>,
  preferred: ReadonlySet<IdentifierKind>,
): KindDecision {
  const shapes = detectKinds(input, { ...options, countries: [...countries] }).filter(
    (k) => k !== 'password',
  );
  const mine = shapes.filter((kind) => {
    if (kind === 'phone') return options.defaultPhoneRegion !== undefined;
    const country = KIND_SPECS[kind].country;
    return preferred.has(kind) || (country !== undefined && countries.has(country));
  });
  // "078-05-1120" has the shape of a BSN and of an SSN: naming the elfproef would be a guess too. Any
  // digits have a phone's shape once a region is known, so an ID number of the person's own country
  // that the input is shaped as explains the mistake better than the phone does.
  const ownIds = mine.filter((kind) => kind !== 'phone');
  const likely =
    ownIds.length === 1
      ? ownIds[0]
      : mine.length === 1
        ? mine[0]
        : shapes.length === 1
          ? shapes[0]
          : undefined;
  return { status: 'none', likely, shapes };
}

/** Kinds validated by structure alone: nearly any digits of the right length with a real date pass. */
const STRUCTURE_ONLY: ReadonlySet<IdentifierKind> = new Set(['cpr', 'ssn']);

/**
 * Among the person's own kinds, a phone in the national format beats a structure-only match, and an ID
 * number of the person's country whose check digit matches beats the phone (a landline that also passes
 * a date and a check digit is rare; the answer offers "check as phone instead" in one tap).
 */
function ownOverPhone(mine: readonly IdentifierKind[]): IdentifierKind[] {
  if (!mine.includes('phone')) return [...mine];
  const ids = mine.filter((kind) => kind !== 'phone');
  const strong = ids.filter((kind) => !STRUCTURE_ONLY.has(kind));
  return strong.length > 0 ? strong : ['phone'];
}

/**
 * Decides which kind an input is, or says that the person must. Never a silent guess: a check digit
 * or a letter pattern does not settle a tie between countries, and a structure-only match (CPR, SSN)
 * never beats a kind of the person's own country. Never throws.
 */
export function decideKind(input: string, options: DecideOptions = {}): KindDecision {
  const countries = new Set((options.countries ?? []).map((c) => c.toUpperCase()));
  const preferred = new Set(options.preferredKinds ?? []);
  const valid: IdentifierKind[] = [];
  const mine: IdentifierKind[] = [];
  for (const kind of IDENTIFIER_KINDS) {
    if (kind === 'password') continue;
    const result = safeParse(kind, input, options);
    if (result === undefined) continue;
    if (!result.ok) continue;
    if (kind === 'phone') {
      const written = phoneWritten(input, result, options);
      if (written === undefined) continue;
      valid.push(kind);
      // The national format of the person's phone region is a phone, whatever else it might be.
      if (written === 'national' || (result.country !== undefined && countries.has(result.country)))
        mine.push(kind);
      continue;
    }
    valid.push(kind);
    const country = KIND_SPECS[kind].country;
    if (preferred.has(kind) || (country !== undefined && countries.has(country))) mine.push(kind);
  }
  if (valid.length === 0) return noKind(input, options, countries, preferred);
  if (valid.length === 1) return { status: 'decided', kind: valid[0] as IdentifierKind, candidates: valid };
  const own = ownOverPhone(mine);
  const ofPreferred = own.filter((kind) => preferred.has(kind));
  if (ofPreferred.length === 1)
    return { status: 'decided', kind: ofPreferred[0] as IdentifierKind, candidates: valid };
  if (own.length === 1) return { status: 'decided', kind: own[0] as IdentifierKind, candidates: valid };
  return { status: 'ambiguous', candidates: own.length > 1 ? own : valid };
}
