import { extname } from 'node:path';
import type { CsvDelimiter } from './csv-fields.ts';
import { readCsvRows } from './csv-rows.ts';
import { InputError } from './input-error.ts';
import { readNdjsonRows } from './ndjson-rows.ts';
import { readPlainRows } from './plain-rows.ts';
import type { InputRow } from './row-types.ts';

/** `sha1`: one pre-hashed password per line, `SHA1HEX` or `SHA1HEX:COUNT` (Pwned Passwords dumps). */
export const INPUT_FORMATS = ['csv', 'ndjson', 'text', 'sha1'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

export interface InputSource {
  path: string;
  format: InputFormat;
  /** One value per kind read from each row, in this order. Column/field names are optional. */
  wanted: readonly { kind: string; column?: string | undefined }[];
  delimiter?: CsvDelimiter | undefined;
}

/** The format implied by a file name; anything unknown is read as one value per line. */
export function formatFromPath(path: string): InputFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.csv' || ext === '.tsv') return 'csv';
  if (ext === '.ndjson' || ext === '.jsonl') return 'ndjson';
  return 'text';
}

/** Streams the rows of one input file in the shape every format shares. */
export function readInputRows(source: InputSource): AsyncGenerator<InputRow> {
  switch (source.format) {
    case 'csv':
      return readCsvRows(source.path, { wanted: source.wanted, delimiter: source.delimiter });
    case 'ndjson':
      return readNdjsonRows(source.path, {
        wanted: source.wanted.map((w) => ({ kind: w.kind, field: w.column })),
      });
    case 'text':
    case 'sha1':
      if (source.wanted.length !== 1) {
        throw new InputError(
          `${source.format} input holds one value per line, so it takes exactly one kind.`,
        );
      }
      return readPlainRows(source.path);
  }
}
