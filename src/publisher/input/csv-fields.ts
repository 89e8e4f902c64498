import { open } from 'node:fs/promises';

/** Delimiters a CSV export may use; European spreadsheet exports often use ";". */
export const CSV_DELIMITERS = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** How much of the file is looked at to find the header line. */
const SNIFF_BYTES = 64 * 1024;

/** The first line of the file (byte-order mark and line ending removed), for delimiter sniffing. */
export async function readHeaderLine(path: string): Promise<string> {
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await file.read(buffer, 0, SNIFF_BYTES, 0);
    const text = new TextDecoder('utf-8').decode(buffer.subarray(0, bytesRead));
    return (text.split(/\r\n|\n|\r/)[0] ?? '').replace(/^\uFEFF/, '');
  } finally {
    await file.close();
  }
}

/**
 * Picks the delimiter that occurs most often outside quotes in the header line (comma on a tie). Only
 * the choice is made here; splitting records is csv-parse's job.
 */
export function detectDelimiter(header: string): CsvDelimiter {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const c of header) {
    if (c === '"') quoted = !quoted;
    else if (!quoted) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best: CsvDelimiter = ',';
  for (const d of CSV_DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}
