import { lstat, readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import initSqlJs from 'sql.js';
import type { SqlValue } from 'sql.js';
import { decodeMozLz4, isMozLz4 } from './lz4-block.ts';
import { encodingsOf } from './needle-encodings.ts';
import type { EncodedNeedle } from './needle-encodings.ts';
import { maskForReport, sweepForStrings } from './profile-sweep.ts';
import type { FirefoxDecodedKind, SweepFinding, SweepReport } from './profile-sweep.ts';
import { readVarint, snappyDecompress } from './snappy.ts';

// The privacy sweep for a Firefox profile. First the same raw byte search of every file as for Chromium
// (sweepForStrings). Then what Firefox hides from a raw search, decoded and searched again:
// - SQLite databases (storage.local and IndexedDB live in storage/default/<origin>/idb/*.sqlite,
//   localStorage in …/ls/data.sqlite, history in places.sqlite, form history in formhistory.sqlite):
//   every cell of every table is read through SQLite itself (sql.js), because a value longer than a
//   page is split across overflow pages with page headers in between;
// - IndexedDB values are structured clones compressed with Snappy: every blob cell is decompressed when
//   it is valid Snappy (a repeated identifier is otherwise stored as a back-reference);
// - IndexedDB keys store each ASCII character plus one: blob cells are also searched in that form;
// - values too large for the database go to files (<db>.files/<n>) in Snappy's framing format;
// - session history (sessionstore.jsonlz4, sessionstore-backups/*) is mozLz4-compressed JSON, and
//   holds form data a person typed into open tabs.
// A database that still has a non-empty write-ahead log was not checkpointed at shutdown: its newest
// rows are only in the log, which sql.js does not read, so the sweep refuses it instead of passing.

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const SNAPPY_FRAMED_MAGIC = Buffer.from([0xff, 0x06, 0x00, 0x00, 0x73, 0x4e, 0x61, 0x50, 0x70, 0x59]);

async function regularFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const full = join(dir, entry.name);
      const info = await lstat(full).catch(() => undefined);
      if (info?.isDirectory()) return regularFiles(full);
      return info?.isFile() ? [full] : [];
    }),
  );
  return nested.flat();
}

/** IndexedDB's key encoding of a string: ASCII characters below 0x7F are stored plus one. */
function indexedDbKeyForm(text: string): Buffer | undefined {
  if (![...text].every((c) => c.charCodeAt(0) < 0x7f)) return undefined;
  return Buffer.from([...text].map((c) => c.charCodeAt(0) + 1));
}

/** Snappy's framing format (chunk type, 3-byte length, CRC, data), as IndexedDB files use it. */
export function decodeSnappyFramed(file: Uint8Array): Uint8Array {
  const out: Uint8Array[] = [];
  let at = 0;
  while (at + 4 <= file.length) {
    const type = file[at] ?? 0;
    const length = (file[at + 1] ?? 0) | ((file[at + 2] ?? 0) << 8) | ((file[at + 3] ?? 0) << 16);
    const body = file.subarray(at + 4, at + 4 + length);
    if (type === 0x00) out.push(snappyDecompress(body.subarray(4)));
    else if (type === 0x01) out.push(body.subarray(4));
    at += 4 + length;
  }
  return Buffer.concat(out);
}

export async function sweepFirefoxProfile(dir: string, needles: readonly string[]): Promise<SweepReport> {
  const report = await sweepForStrings(dir, needles);
  const SQL = await initSqlJs();
  const forms: EncodedNeedle[][] = needles.map((needle) => {
    const key = indexedDbKeyForm(needle);
    return [...encodingsOf(needle), ...(key ? [{ encoding: 'indexeddb key (+1)', bytes: key }] : [])];
  });
  const search = (bytes: Uint8Array, file: string, decoded: FirefoxDecodedKind): void => {
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    forms.forEach((list, needle) => {
      for (const form of list) {
        for (let at = buf.indexOf(form.bytes); at !== -1; at = buf.indexOf(form.bytes, at + 1)) {
          const finding: SweepFinding = {
            needle,
            masked: maskForReport(needles[needle] ?? ''),
            encoding: form.encoding,
            file,
            offset: at,
            decoded,
          };
          report.findings.push(finding);
        }
      }
    });
  };
  const searchCell = (value: SqlValue, file: string): void => {
    if (typeof value === 'string') search(Buffer.from(value, 'utf8'), file, 'sqlite cell');
    if (!(value instanceof Uint8Array)) return;
    search(value, file, 'sqlite cell');
    // Snappy expands at most ~22×; a larger declared length means this cell is not Snappy at all.
    const declared = (() => {
      try {
        return readVarint(value, 0).value;
      } catch {
        return Infinity;
      }
    })();
    if (declared > value.length * 32 + 64) return;
    let plain: Uint8Array | undefined;
    try {
      plain = snappyDecompress(value);
    } catch {
      plain = undefined; // not Snappy: the raw cell was searched above
    }
    if (plain !== undefined) search(plain, file, 'snappy-decompressed sqlite cell');
  };

  for (const path of await regularFiles(dir)) {
    const bytes = await readFile(path).catch(() => undefined);
    if (bytes === undefined) continue;
    const file = relative(dir, path);
    try {
      if (bytes.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC)) {
        const wal = await lstat(`${path}-wal`).catch(() => undefined);
        if (wal !== undefined && wal.size > 0) {
          throw new Error('its write-ahead log was not checkpointed at shutdown (sql.js cannot read it)');
        }
        const db = new SQL.Database(bytes);
        try {
          const tables = db.exec("SELECT name FROM sqlite_master WHERE type = 'table'")[0]?.values ?? [];
          for (const [table] of tables) {
            for (const result of db.exec(`SELECT * FROM "${String(table).replace(/"/g, '""')}"`)) {
              for (const row of result.values) for (const value of row) searchCell(value, file);
            }
          }
        } finally {
          db.close();
        }
        report.levelDbFilesDecoded++; // counts every decoded file, SQLite and mozLz4 ones too
      } else if (isMozLz4(bytes)) {
        search(decodeMozLz4(bytes), file, 'mozlz4 file');
        report.levelDbFilesDecoded++; // counts every decoded file, SQLite and mozLz4 ones too
      } else if (bytes.subarray(0, SNAPPY_FRAMED_MAGIC.length).equals(SNAPPY_FRAMED_MAGIC)) {
        search(decodeSnappyFramed(bytes), file, 'snappy-framed file');
        report.levelDbFilesDecoded++; // counts every decoded file, SQLite and mozLz4 ones too
      }
    } catch (error) {
      // Never skip silently: an undecodable file could be exactly where a leak hides.
      throw new Error(`privacy sweep could not decode ${file}: ${String(error)}`, { cause: error });
    }
  }
  return report;
}
