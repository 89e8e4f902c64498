// LevelDB write-ahead logs (NNNNNN.log) are cut into 32 KiB blocks, each record fragment behind a 7-byte
// header (https://github.com/google/leveldb/blob/main/doc/log_format.md). A string that straddles a block
// boundary has a header in its middle on disk, so the sweep also searches the reassembled records.

const BLOCK_SIZE = 32 * 1024;
const HEADER_SIZE = 7;
// Fragment types: 1 full record, 2 first, 3 middle, 4 last fragment.
const FULL = 1;
const FIRST = 2;
const LAST = 4;

export function isLevelDbLogName(name: string): boolean {
  return /(^|\/)\d{6}\.log$/.test(name);
}

/** Payloads of the log's records, fragments joined; stops quietly at the first malformed header. */
export function levelDbLogRecords(file: Uint8Array): Uint8Array[] {
  const records: Uint8Array[] = [];
  let pending: Uint8Array[] = [];
  for (let block = 0; block < file.length; block += BLOCK_SIZE) {
    let pos = block;
    const end = Math.min(block + BLOCK_SIZE, file.length);
    while (pos + HEADER_SIZE <= end) {
      const length = (file[pos + 4] ?? 0) | ((file[pos + 5] ?? 0) << 8);
      const type = file[pos + 6] ?? 0;
      const dataEnd = pos + HEADER_SIZE + length;
      if (type < FULL || type > LAST || dataEnd > end) break; // zero padding or a torn tail
      const data = file.subarray(pos + HEADER_SIZE, dataEnd);
      if (type === FULL || type === FIRST) pending = [data];
      else pending.push(data);
      if (type === FULL || type === LAST) records.push(Buffer.concat(pending));
      pos = dataEnd;
    }
  }
  return records;
}
