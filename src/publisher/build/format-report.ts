import { basename } from 'node:path';
import { READER_PROBLEM_TEXT, type ReaderProblem } from '../input/row-types.ts';
import { textTable } from '../text-table.ts';
import type { BuildReport } from './build-source.ts';
import type { ShardPartReport } from './build-shard-part.ts';
import { invalidTotal, type InputStats } from './input-stats.ts';
import { ROW_REASON_TEXT, type RowReason } from './normalise-row.ts';

const reasonText = (reason: RowReason): string =>
  reason in READER_PROBLEM_TEXT
    ? READER_PROBLEM_TEXT[reason as ReaderProblem]
    : ROW_REASON_TEXT[reason as Exclude<RowReason, ReaderProblem>];

const JOINED_TEXT = 'line inside a quoted value that spans lines, part of the row above';

/**
 * Per input and kind: every line accounted for (lines = header + rows + blank + joined, rows = valid +
 * invalid), then every reason a row was left out with its first line numbers.
 */
export function formatInputStats(inputs: readonly InputStats[]): string {
  const table = textTable(
    ['input', 'kind', 'breach', 'lines', 'rows', 'valid', 'invalid', 'blank', 'joined'],
    inputs.map((s) => [
      basename(s.input),
      s.kind,
      s.breach,
      s.lines,
      s.rows,
      s.valid,
      invalidTotal(s),
      s.blank,
      s.joined,
    ]),
  );
  const joined = inputs
    .filter((s) => s.joined > 0)
    .map((s) => {
      const more = s.joined > s.joinedLines.length ? ', …' : '';
      return [
        `${basename(s.input)} ${s.kind}`,
        'joined',
        s.joined,
        `${JOINED_TEXT} (line ${s.joinedLines.join(', ')}${more})`,
      ] as const;
    });
  const reasons = inputs.flatMap((s) =>
    Object.entries(s.invalid).map(([reason, r]) => {
      const more = r.count > r.lines.length ? ', …' : '';
      return [
        `${basename(s.input)} ${s.kind}`,
        reason,
        r.count,
        `${reasonText(reason as RowReason)} (line ${r.lines.join(', ')}${more})`,
      ] as const;
    }),
  );
  reasons.push(...joined);
  if (reasons.length === 0) return `${table}\nNo invalid rows.\n`;
  return `${table}\nInvalid rows by reason (counted, not published):\n${textTable(['input', 'reason', 'rows', 'what'], reasons)}`;
}

const kindsTable = (report: BuildReport): string =>
  textTable(
    ['kind', 'prefix bits', 'files', 'lines/file', 'entries', 'fullest bucket'],
    report.kinds.map((k) => [k.kind, k.prefixBits, k.buckets, k.lines, k.unique, k.maxReal]),
  );

export function formatBuildReport(report: BuildReport): string {
  const kinds = kindsTable(report);
  const rate = report.rowsRead / Math.max(report.seconds, 0.001);
  return [
    formatInputStats(report.inputs),
    kinds,
    `Wrote ${report.files.toLocaleString('en-US')} range files and source.json to ${report.out}`,
    `in ${report.seconds.toFixed(1)} s (${Math.round(rate).toLocaleString('en-US')} rows/s).`,
    '',
  ].join('\n');
}

export function formatShardPartReport(part: ShardPartReport): string {
  const { index, count } = part.shard;
  const kinds = textTable(
    ['kind', 'prefix bits', 'entries in this part'],
    part.kinds.map((k) => [k.kind, k.prefixBits, k.unique]),
  );
  return [
    formatInputStats(part.inputs),
    kinds,
    `Wrote part ${index}/${count} to ${part.out} in ${part.seconds.toFixed(1)} s. It is not a source yet:`,
    `when all ${count} parts are built, publish them with`,
    `  npm run publisher -- merge --out <dir> <part 0> … <part ${count - 1}>`,
    '',
  ].join('\n');
}

export function formatMergeReport(report: BuildReport, parts: number): string {
  return [
    kindsTable(report),
    `Merged ${parts} parts: wrote ${report.files.toLocaleString('en-US')} range files and source.json to ${report.out}`,
    `in ${report.seconds.toFixed(1)} s.`,
    '',
  ].join('\n');
}
