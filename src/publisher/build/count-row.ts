import type { InputRow } from '../input/row-types.ts';
import { countInvalid, countJoined, type InputStats } from './input-stats.ts';
import type { NormalisedRow } from './normalise-row.ts';

export type ValidRow = Extract<NormalisedRow, { ok: true }>;

/**
 * Counts one row of an input for one of its kinds (blank, reader problem, invalid or valid) and returns
 * the normalised value when it is valid. Both the range build and the OPRF build count through here, so
 * their per-reason reports cannot drift apart.
 */
export function countRow(
  stats: InputStats,
  row: InputRow,
  column: number,
  normalise: (value: string) => NormalisedRow,
): ValidRow | undefined {
  // Every physical line passes through here once, so the highest line number is the file's line count.
  stats.lines = Math.max(stats.lines, row.line);
  if ('header' in row) {
    stats.header++;
    return undefined;
  }
  if ('joined' in row) {
    countJoined(stats, row.line);
    return undefined;
  }
  if ('blank' in row) {
    stats.blank++;
    return undefined;
  }
  stats.rows++;
  if ('problem' in row) {
    countInvalid(stats, row.problem, row.line);
    return undefined;
  }
  const normalised = normalise(row.values[column] ?? '');
  if (!normalised.ok) {
    countInvalid(stats, normalised.reason, row.line);
    return undefined;
  }
  stats.valid++;
  return normalised;
}
