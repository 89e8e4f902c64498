import { createReadStream } from 'node:fs';
import { parse, type CsvError, type Info } from 'csv-parse';
import { matchColumn } from './column-match.ts';
import { detectDelimiter, readHeaderLine, type CsvDelimiter } from './csv-fields.ts';
import { InputError } from './input-error.ts';
import { LineEnds } from './line-ends.ts';
import type { InputRow } from './row-types.ts';
import { MAX_LINE_LENGTH } from './text-lines.ts';

export interface CsvColumns {
  /** Column name per requested value, or undefined to pick by kind. */
  wanted: readonly { kind: string; column?: string | undefined }[];
  delimiter?: CsvDelimiter | undefined;
}

function resolveColumns(header: readonly string[], columns: CsvColumns): number[] {
  return columns.wanted.map(({ kind, column }) => {
    const index = matchColumn(header, kind, column);
    if (typeof index === 'string') throw new InputError(`CSV header: ${index}.`);
    return index;
  });
}

/** A line with nothing but whitespace (or only empty fields, `;;;`) is blank, not an invalid row. */
const isBlank = (record: readonly string[]): boolean => record.every((field) => field.trim() === '');

/** The row of one record, numbered by the line it starts on. */
function rowOf(record: readonly string[], line: number, indexes: readonly number[]): InputRow {
  if (isBlank(record)) return { line, blank: true };
  const values = indexes.map((i) => record[i]);
  if (values.some((v) => v === undefined)) return { line, problem: 'missing-column' };
  // The decoder turns bytes that are not UTF-8 into U+FFFD: a value changed that way must not be published.
  if (values.some((v) => v?.includes('\uFFFD'))) return { line, problem: 'not-utf8' };
  return { line, values: values as string[] };
}

function tooLongError(path: string, line: number): InputError {
  return new InputError(
    `${path}: the CSV record starting on line ${line} is longer than ${MAX_LINE_LENGTH / 1024} KiB ` +
      '(an opening quote that is never closed, or not a CSV file). Nothing was built.',
  );
}

/**
 * Streams a CSV file with a header row through csv-parse: RFC 4180 quoting, line breaks inside quoted
 * fields, a byte-order mark, LF, CRLF or CR line endings, and a quote inside an unquoted value kept as a
 * literal character (O"Brien). Yields one InputRow per physical line, the header included, so the build
 * can account for every line: the header, a row (values or a problem), a blank line, or a line joined
 * to the row above by a quoted line break. An opening quote that is never closed turns every line it
 * swallowed into a `csv-quote` problem; lines are counted on the bytes (LineEnds), not by the parser.
 */
export async function* readCsvRows(path: string, columns: CsvColumns): AsyncGenerator<InputRow> {
  const delimiter = columns.delimiter ?? detectDelimiter(await readHeaderLine(path));
  const file = createReadStream(path);
  const lineEnds = new LineEnds();
  const parser = parse({
    bom: true,
    delimiter,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: false,
    skip_records_with_error: true,
    // Every usual line ending, whatever the first line used: a file mixing them must not merge rows.
    record_delimiter: ['\r\n', '\n', '\r'],
    max_record_size: MAX_LINE_LENGTH,
    info: true,
  });
  let recordTooLong = false;
  parser.on('skip', (error: CsvError) => {
    if (error.code === 'CSV_MAX_RECORD_SIZE') recordTooLong = true;
  });
  file.on('error', (error) => parser.destroy(error));
  lineEnds.on('error', (error) => parser.destroy(error));
  file.pipe(lineEnds).pipe(parser);
  let indexes: number[] | undefined;
  /** Last line given to a record so far. */
  let accounted = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: Info }>) {
      if (recordTooLong) throw tooLongError(path, accounted + 1);
      const start = accounted + 1;
      accounted = lineEnds.lineAt(info.bytes - 1);
      if (indexes === undefined) {
        if (isBlank(record)) throw new InputError('CSV header: the first line is empty.');
        indexes = resolveColumns(record, columns);
        yield { line: start, header: true };
      } else {
        yield rowOf(record, start, indexes);
      }
      for (let line = start + 1; line <= accounted; line++) yield { line, joined: start };
    }
    if (recordTooLong) throw tooLongError(path, accounted + 1);
    // Lines after the last record belong to one the parser gave up on: an opening quote never closed.
    const last = lineEnds.lineCount();
    if (indexes === undefined) {
      throw new InputError(
        last > 0
          ? 'CSV header: the first line is not a readable header.'
          : 'CSV file is empty: expected a header row.',
      );
    }
    for (let line = accounted + 1; line <= last; line++) yield { line, problem: 'csv-quote' };
  } finally {
    file.destroy();
    parser.destroy();
  }
}
