import { readVarint, snappyDecompress } from './snappy.ts';

// Just enough of LevelDB's table format (https://github.com/google/leveldb/blob/main/doc/table_format.md)
// to list a table's data blocks decompressed, so the privacy sweep can search what Chromium compacted.

const FOOTER_LENGTH = 48;
const MAGIC = [0x57, 0xfb, 0x80, 0x8b, 0x24, 0x75, 0x47, 0xdb];
const NO_COMPRESSION = 0;
const SNAPPY = 1;

interface BlockHandle {
  offset: number;
  size: number;
}

function readHandle(buf: Uint8Array, pos: number): { handle: BlockHandle; next: number } {
  const offset = readVarint(buf, pos);
  const size = readVarint(buf, offset.next);
  return { handle: { offset: offset.value, size: size.value }, next: size.next };
}

export function isLevelDbTable(file: Uint8Array): boolean {
  if (file.length < FOOTER_LENGTH) return false;
  const tail = file.subarray(file.length - MAGIC.length);
  return MAGIC.every((byte, i) => tail[i] === byte);
}

function readBlock(file: Uint8Array, handle: BlockHandle): Uint8Array | undefined {
  const end = handle.offset + handle.size;
  if (end + 1 > file.length) throw new Error('leveldb: block handle points past the end of the file');
  const contents = file.subarray(handle.offset, end);
  const type = file[end];
  if (type === NO_COMPRESSION) return contents;
  if (type === SNAPPY) return snappyDecompress(contents);
  return undefined; // a compression this sweep cannot read; the raw bytes are still searched
}

/** Values of a block's entries (for the index block: handles of the data blocks). */
function blockValues(block: Uint8Array): Uint8Array[] {
  const view = new DataView(block.buffer, block.byteOffset, block.byteLength);
  const restarts = view.getUint32(block.length - 4, true);
  const dataEnd = block.length - 4 - 4 * restarts;
  const values: Uint8Array[] = [];
  let pos = 0;
  while (pos < dataEnd) {
    const shared = readVarint(block, pos);
    const unshared = readVarint(block, shared.next);
    const valueLength = readVarint(block, unshared.next);
    const valueStart = valueLength.next + unshared.value;
    values.push(block.subarray(valueStart, valueStart + valueLength.value));
    pos = valueStart + valueLength.value;
  }
  return values;
}

/** Every data block of a LevelDB table file, decompressed. Throws on a file that is not a table. */
export function levelDbDataBlocks(file: Uint8Array): Uint8Array[] {
  if (!isLevelDbTable(file)) throw new Error('leveldb: no table magic number at the end of the file');
  const footer = file.subarray(file.length - FOOTER_LENGTH);
  const metaindex = readHandle(footer, 0);
  const index = readHandle(footer, metaindex.next);
  const indexBlock = readBlock(file, index.handle);
  if (indexBlock === undefined) return [];
  return blockValues(indexBlock).flatMap((value) => readBlock(file, readHandle(value, 0).handle) ?? []);
}
