import { matchColumn } from './column-match.ts';
import { detectDelimiter, hasOpenQuote, splitCsvRecord, type CsvDelimiter } from './csv-fields.ts';
import { InputError } from './input-error.ts';
import type { InputRow } from './row-types.ts';
import { MAX_LINE_LENGTH, readTextLines } from './text-lines.ts';

export interface CsvColumns {
  /** Column name per requested value, or undefined to pick by kind. */
  wanted: readonly { kind: string; column?: string | undefined }[];
  delimiter?: CsvDelimiter | undefined;
}

type LogicalRecord = { line: number; text: string } | { line: number; problem: 'too-long' | 'csv-quote' };

/** Joins physical lines while a quoted field is open, so values may contain line breaks. */
async function* logicalRecords(path: string): AsyncGenerator<LogicalRecord> {
  let open: { line: number; text: string } | undefined;
  for await (const physical of readTextLines(path)) {
    if ('tooLong' in physical) {
      yield { line: open?.line ?? physical.line, problem: open ? 'csv-quote' : 'too-long' };
      open = undefined;
      continue;
    }
    const text = open ? `${open.text}\n${physical.text}` : physical.text;
    const line = open?.line ?? physical.line;
    if (!hasOpenQuote(text)) {
      open = undefined;
      yield { line, text };
    } else if (text.length > MAX_LINE_LENGTH) {
      open = undefined;
      yield { line, problem: 'csv-quote' };
    } else {
      open = { line, text };
    }
  }
  if (open) yield { line: open.line, problem: 'csv-quote' };
}

function resolveColumns(header: string[], columns: CsvColumns): number[] {
  return columns.wanted.map(({ kind, column }) => {
    const index = matchColumn(header, kind, column);
    if (typeof index === 'string') throw new InputError(`CSV header: ${index}.`);
    return index;
  });
}

/**
 * Streams a CSV file with a header row: one InputRow per record, holding the wanted columns in the
 * order asked for. Blank lines and broken records are yielded as such so they can be counted.
 */
export async function* readCsvRows(path: string, columns: CsvColumns): AsyncGenerator<InputRow> {
  let indexes: number[] | undefined;
  let delimiter: CsvDelimiter = columns.delimiter ?? ',';
  for await (const record of logicalRecords(path)) {
    if ('problem' in record) {
      if (indexes === undefined) throw new InputError('CSV header: the first line is not a readable header.');
      yield record;
    } else if (record.text.trim() === '') {
      yield { line: record.line, blank: true };
    } else if (indexes === undefined) {
      delimiter = columns.delimiter ?? detectDelimiter(record.text);
      indexes = resolveColumns(splitCsvRecord(record.text, delimiter), columns);
    } else {
      const fields = splitCsvRecord(record.text, delimiter);
      const values = indexes.map((i) => fields[i]);
      if (values.some((v) => v === undefined)) yield { line: record.line, problem: 'missing-column' };
      else yield { line: record.line, values: values as string[] };
    }
  }
  if (indexes === undefined) throw new InputError('CSV file is empty: expected a header row.');
}
