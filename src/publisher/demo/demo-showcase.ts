import { KIND_SPECS, parseIdentifier, type IdentifierKind } from '../../core/identifiers/index.ts';
import type { DemoSample } from './run-demo.ts';

/**
 * What the demo prints first: national ID numbers of several countries (the case the extension is
 * for), then an email address and a phone number. The synthetic lists hold every working kind; the
 * rest stay in try-these.json.
 */
export const SHOWCASE_KINDS: readonly IdentifierKind[] = [
  'pesel',
  'cpr',
  'bsn',
  'nhs',
  'nir',
  'ssn',
  'email',
  'phone',
];

/**
 * One sample per showcase kind, in that order. For breached samples the n-th kind takes its n-th
 * sample (lab only, both breaches, clinic only, in turn), so the list shows every combination.
 */
export function showcaseSamples(samples: readonly DemoSample[]): DemoSample[] {
  return SHOWCASE_KINDS.flatMap((kind, i) => {
    const ofKind = samples.filter((s) => s.kind === kind);
    const sample = ofKind[i % Math.max(1, ofKind.length)];
    return sample === undefined ? [] : [sample];
  });
}

/**
 * The identifier as the demo prints it: its canonical form (what the extension hashes, e.g. a PESEL as
 * eleven digits). The synthetic lists type values in the many ways people do, with spaces, dashes and
 * dots (the engine must cope), but a line to copy should carry no stray spaces.
 */
export function displayValue(kind: IdentifierKind, value: string): string {
  const parsed = parseIdentifier(kind, value);
  return parsed.ok ? parsed.canonical : value.trim().replace(/\s+/g, ' ');
}

/** "pesel (PL)": the kind and the country that issues it, where there is one. */
export function displayKind(kind: IdentifierKind): string {
  const country = KIND_SPECS[kind].country;
  return country === undefined ? kind : `${kind} (${country})`;
}
