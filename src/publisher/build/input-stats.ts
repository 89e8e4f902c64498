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
  /** Physical lines of the input: header + rows + blank + joined, always (see assertAccounted). */
  lines: number;
  /** Header lines (1 for CSV, 0 otherwise). */
  header: number;
  /** Rows read (valid + invalid); a row spans one line, or several joined by quoted line breaks. */
  rows: number;
  valid: number;
  blank: number;
  /** Lines a quoted line break joined to the row above (CSV): part of that row, not rows of their own. */
  joined: number;
  /** Line numbers of the first few joined lines, to look at. */
  joinedLines: number[];
  invalid: Partial<Record<RowReason, ReasonCount>>;
}

const KEPT_LINE_NUMBERS = 5;

export function emptyStats(input: string, kind: IdentifierKind, breach: string): InputStats {
  return {
    input,
    kind,
    breach,
    lines: 0,
    header: 0,
    rows: 0,
    valid: 0,
    blank: 0,
    joined: 0,
    joinedLines: [],
    invalid: {},
  };
}

export function countInvalid(stats: InputStats, reason: RowReason, line: number): void {
  const entry = (stats.invalid[reason] ??= { count: 0, lines: [] });
  entry.count++;
  if (entry.lines.length < KEPT_LINE_NUMBERS) entry.lines.push(line);
}

export function countJoined(stats: InputStats, line: number): void {
  stats.joined++;
  if (stats.joinedLines.length < KEPT_LINE_NUMBERS) stats.joinedLines.push(line);
}

export const invalidTotal = (stats: InputStats): number =>
  Object.values(stats.invalid).reduce((sum, r) => sum + r.count, 0);
