/** Delimiters a CSV export may use; European spreadsheet exports often use ";". */
export const CSV_DELIMITERS = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** True when a record still has an open quoted field, so the next physical line belongs to it. */
export function hasOpenQuote(record: string): boolean {
  let quotes = 0;
  for (let i = record.indexOf('"'); i !== -1; i = record.indexOf('"', i + 1)) quotes++;
  return quotes % 2 === 1;
}

/**
 * Splits one logical CSV record (RFC 4180: quoted fields, "" for a quote inside one, newlines
 * inside quotes). Lenient where exports are sloppy: a stray quote inside an unquoted field is kept.
 */
export function splitCsvRecord(record: string, delimiter: CsvDelimiter): string[] {
  const fields: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  let atFieldStart = true;
  while (i < record.length) {
    const c = record[i] as string;
    if (quoted) {
      if (c === '"' && record[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else field += c;
    } else if (c === delimiter) {
      fields.push(field);
      field = '';
      atFieldStart = true;
      i++;
      continue;
    } else if (c === '"' && atFieldStart) {
      quoted = true;
    } else {
      field += c;
    }
    atFieldStart = false;
    i++;
  }
  fields.push(field);
  return fields;
}

/** Picks the delimiter that occurs most often outside quotes in the header line (comma on a tie). */
export function detectDelimiter(header: string): CsvDelimiter {
  let best: CsvDelimiter = ',';
  let bestCount = 0;
  for (const d of CSV_DELIMITERS) {
    const count = splitCsvRecord(header, d).length - 1;
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}
