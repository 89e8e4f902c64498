/**
 * Why a row of an input file could not be turned into a value to normalise. Identifier problems
 * (checksum, date, …) come from the identifier engine; these are the ones the file itself causes.
 */
export type ReaderProblem =
  'too-long' | 'not-utf8' | 'csv-quote' | 'missing-column' | 'ndjson-syntax' | 'missing-field' | 'not-text';

/**
 * One physical line of an input file (1-based): a row with its raw value(s) or a problem, a blank line,
 * or (CSV) the header or a line that a quoted line break joined to the row starting on line `joined`.
 * Readers yield exactly one of these per line, so every line of the file is accounted for.
 */
export type InputRow =
  | { line: number; header: true }
  | { line: number; values: readonly string[] }
  | { line: number; problem: ReaderProblem }
  | { line: number; blank: true }
  | { line: number; joined: number };

export const READER_PROBLEM_TEXT: Readonly<Record<ReaderProblem, string>> = {
  'too-long': 'row longer than the 64 KiB limit',
  'not-utf8': 'bytes that are not valid UTF-8',
  'csv-quote': 'inside a quoted CSV field that is never closed',
  'missing-column': 'fewer CSV fields than the header',
  'ndjson-syntax': 'not a JSON object',
  'missing-field': 'JSON object without the field',
  'not-text': 'field is not a string or number',
};
