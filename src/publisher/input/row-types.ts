/**
 * Why a row of an input file could not be turned into a value to normalise. Identifier problems
 * (checksum, date, …) come from the identifier engine; these are the ones the file itself causes.
 */
export type ReaderProblem =
  'too-long' | 'not-utf8' | 'csv-quote' | 'missing-column' | 'ndjson-syntax' | 'missing-field' | 'not-text';

/** One row of an input file: its 1-based line number and either the raw value(s) or a problem. */
export type InputRow =
  | { line: number; values: readonly string[] }
  | { line: number; problem: ReaderProblem }
  | { line: number; blank: true };

export const READER_PROBLEM_TEXT: Readonly<Record<ReaderProblem, string>> = {
  'too-long': 'row longer than the 64 KiB limit',
  'not-utf8': 'bytes that are not valid UTF-8',
  'csv-quote': 'unterminated quoted CSV field',
  'missing-column': 'fewer CSV fields than the header',
  'ndjson-syntax': 'not a JSON object',
  'missing-field': 'JSON object without the field',
  'not-text': 'field is not a string or number',
};
