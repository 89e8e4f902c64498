import type { IdentifierKind } from '../../core/index.ts';
import type { RowReason } from './normalise-row.ts';

/** How many rows were left out for one reason, with the first few line numbers to look at. */
export interface ReasonCount {
  count: number;
  lines: number[];
}

/** What happened to the rows of one input for one kind. Holds counts and line numbers only. */
export interface InputStats {
  input: string;
  kind: IdentifierKind;
  breach: string;
  /** Non-blank rows read. */
  rows: number;
  valid: number;
  blank: number;
  invalid: Partial<Record<RowReason, ReasonCount>>;
}

const KEPT_LINE_NUMBERS = 5;

export function emptyStats(input: string, kind: IdentifierKind, breach: string): InputStats {
  return { input, kind, breach, rows: 0, valid: 0, blank: 0, invalid: {} };
}

export function countInvalid(stats: InputStats, reason: RowReason, line: number): void {
  const entry = (stats.invalid[reason] ??= { count: 0, lines: [] });
  entry.count++;
  if (entry.lines.length < KEPT_LINE_NUMBERS) entry.lines.push(line);
}

export const invalidTotal = (stats: InputStats): number =>
  Object.values(stats.invalid).reduce((sum, r) => sum + r.count, 0);
