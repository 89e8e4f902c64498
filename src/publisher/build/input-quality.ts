import { basename } from 'node:path';
import { invalidTotal, type InputStats } from './input-stats.ts';

/** Share of an input's rows that may be left out before a build refuses to publish. */
export const DEFAULT_MAX_INVALID_PERCENT = 5;

/**
 * Nothing was published because an input looks wrong: no valid row at all, or more rows left out than
 * allowed. A source missing many of the people in a breach would tell them "not found".
 */
export class InputQualityError extends Error {
  override readonly name = 'InputQualityError';
  constructor(
    readonly inputs: InputStats[],
    readonly problems: string[],
  ) {
    super(
      `Nothing was published: ${problems.join('; ')}. Fix the input, or allow more invalid rows with ` +
        '--max-invalid <percent>.',
    );
  }
}

const percent = (share: number): string => (Math.round(share * 1000) / 10).toFixed(1);

/** Lines that are neither header, row, blank nor joined: a reader lost some, so nothing may be published. */
function unaccounted(s: InputStats): number {
  return s.lines - (s.header + s.rows + s.blank + s.joined);
}

/**
 * Checks every input × kind once all rows are read and before anything is written. Lines joined to a
 * row by a quoted line break count as left out too: a stray opening quote that swallowed rows shows up
 * here, and a file with many genuine multi-line values can be let through with --max-invalid.
 */
export function assertInputQuality(
  inputs: InputStats[],
  maxInvalidPercent: number = DEFAULT_MAX_INVALID_PERCENT,
): void {
  const problems = inputs.flatMap((s) => {
    const where = `${basename(s.input)} (${s.kind})`;
    const lost = unaccounted(s);
    if (lost !== 0) return [`${where}: ${s.lines} lines read but ${s.lines - lost} accounted for`];
    if (s.valid === 0) return [`${where} has no valid rows`];
    const invalid = invalidTotal(s);
    const leftOut = invalid + s.joined;
    const total = s.rows + s.joined;
    const share = total === 0 ? 0 : leftOut / total;
    if (share * 100 <= maxInvalidPercent) return [];
    const joined =
      s.joined === 0 ? '' : ` (${invalid} invalid, ${s.joined} joined to another by a quoted line break)`;
    return [
      `${where}: ${leftOut} of ${total} rows${joined} (${percent(share)} %) were left out, over the ` +
        `${maxInvalidPercent} % allowed`,
    ];
  });
  if (problems.length > 0) throw new InputQualityError(inputs, problems);
}
