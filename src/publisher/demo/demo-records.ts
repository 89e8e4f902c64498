import type { IdentifierKind } from '../../core/index.ts';
import { pick, randomInt, SYNTHETIC, type Random } from '../../core/synthetic/index.ts';
import { FIRST_NAMES, LAST_NAMES } from './fake-names.ts';

export interface DemoRecord {
  firstName: string;
  lastName: string;
  /** A plausible lab sample date (YYYY-MM-DD), 2024–2025. */
  sampleDate: string;
  /** One synthetic identifier per kind, written the way people type it. */
  ids: Partial<Record<IdentifierKind, string>>;
}

const two = (n: number): string => String(n).padStart(2, '0');

/** One fake person; consumes `random` in a fixed order so a seed always yields the same record. */
export function demoRecord(random: Random, kinds: readonly IdentifierKind[]): DemoRecord {
  const firstName = pick(random, FIRST_NAMES);
  const lastName = pick(random, LAST_NAMES);
  const sampleDate = `${randomInt(random, 2024, 2025)}-${two(randomInt(random, 1, 12))}-${two(randomInt(random, 1, 28))}`;
  const ids: Partial<Record<IdentifierKind, string>> = {};
  for (const kind of kinds) ids[kind] = SYNTHETIC[kind](random);
  return { firstName, lastName, sampleDate, ids };
}

const quote = (value: string): string =>
  /[",;\t\n\r]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;

export const demoCsvHeader = (kinds: readonly IdentifierKind[]): string =>
  ['first_name', 'last_name', 'sample_date', ...kinds].join(',');

export function demoCsvLine(record: DemoRecord, kinds: readonly IdentifierKind[]): string {
  const cells = [
    record.firstName,
    record.lastName,
    record.sampleDate,
    ...kinds.map((k) => record.ids[k] ?? ''),
  ];
  return cells.map(quote).join(',');
}
