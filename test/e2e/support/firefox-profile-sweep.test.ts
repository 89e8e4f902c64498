import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import initSqlJs from 'sql.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeSnappyFramed, sweepFirefoxProfile } from './firefox-profile-sweep.ts';
import { snappyWithBackReference } from './leveldb-fixtures.ts';
import { decodeMozLz4 } from './lz4-block.ts';

// The Firefox sweep's decoders against files whose layout the test controls (as profile-sweep.test.ts
// does for LevelDB): each case hides a synthetic PESEL where a raw byte search cannot see it, and the
// sweep must still report it. firefox/harness-self-check.test.ts does the same on a real profile.

const PESEL = '44051401359'; // synthetic, checksum-valid
const IDB = 'storage/default/moz-extension+++0000/idb';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ff-sweep-test-'));
  await mkdir(join(dir, IDB), { recursive: true });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function plantDatabase(
  name: string,
  rows: [Uint8Array | string, Uint8Array | string][],
): Promise<void> {
  const SQL = await initSqlJs();
  const db = new SQL.Database();
  db.run('CREATE TABLE object_data (key BLOB, data BLOB)');
  for (const row of rows) db.run('INSERT INTO object_data VALUES (?, ?)', row);
  await writeFile(join(dir, IDB, name), db.export());
  db.close();
}

/** An LZ4 block: `literal`, then a back-reference repeating `copy` bytes from `start` of it. */
function lz4WithBackReference(literal: string, start: number, copy: number): Buffer {
  const lit = Buffer.from(literal, 'latin1');
  if (lit.length >= 15 || copy - 4 >= 15) throw new Error('fixture limits exceeded');
  const offset = lit.length - start;
  const tail = Buffer.from('.....', 'latin1'); // LZ4 ends with a literals-only sequence
  return Buffer.concat([
    Buffer.from([(lit.length << 4) | (copy - 4)]),
    lit,
    Buffer.from([offset & 0xff, offset >> 8]),
    Buffer.from([tail.length << 4]),
    tail,
  ]);
}

const kinds = async (): Promise<string[]> =>
  (await sweepFirefoxProfile(dir, [PESEL])).findings.map(
    (f) => `${f.encoding}${f.decoded ? ` in ${f.decoded}` : ''}`,
  );

describe('sweepFirefoxProfile', () => {
  it('finds nothing in a clean profile, after reading its databases', async () => {
    await plantDatabase('clean.sqlite', [['k', 'nothing to see']]);
    const report = await sweepFirefoxProfile(dir, [PESEL]);
    expect(report.findings).toEqual([]);
    expect(report.filesScanned).toBe(1);
    expect(report.levelDbFilesDecoded).toBe(1);
  });

  it('finds an identifier IndexedDB stored as a Snappy back-reference', async () => {
    const compressed = snappyWithBackReference(`x${PESEL.slice(0, 5)}${PESEL.slice(5)}`, 1, 11);
    // The fixture repeats the whole PESEL by reference: its raw bytes hold it once, the value twice.
    await plantDatabase('a.sqlite', [[Buffer.from([0x30, 0x6c]), compressed]]);
    const found = await kinds();
    expect(found.filter((k) => k === 'utf-8 in snappy-decompressed sqlite cell')).toHaveLength(2);
    expect(found.filter((k) => k === 'utf-8')).toHaveLength(1);
  });

  it('finds an identifier used as an IndexedDB key (each character stored plus one)', async () => {
    const key = Buffer.from([0x30, ...Buffer.from(PESEL, 'latin1').map((b) => b + 1)]);
    await plantDatabase('b.sqlite', [[key, 'v']]);
    expect(await kinds()).toContain('indexeddb key (+1) in sqlite cell');
  });

  it('reads values that SQLite split across overflow pages', async () => {
    // 1,200 copies packed into ~16 kB: the value spans several overflow pages, and where a page ends
    // inside a copy, the next page's 4-byte header sits in the middle of the identifier on disk.
    const value = Array.from({ length: 1200 }, (_, i) => `${'.'.repeat(1 + (i % 3))}${PESEL}`).join('');
    await plantDatabase('c.sqlite', [['k', value]]);
    const found = await kinds();
    expect(found.filter((k) => k === 'utf-8 in sqlite cell')).toHaveLength(1200);
    expect(found.filter((k) => k === 'utf-8').length).toBeLessThan(1200);
  });

  it('refuses a database whose write-ahead log was not checkpointed', async () => {
    await plantDatabase('d.sqlite', [['k', 'v']]);
    await writeFile(join(dir, IDB, 'd.sqlite-wal'), 'not empty');
    await expect(sweepFirefoxProfile(dir, [PESEL])).rejects.toThrow(/write-ahead log/);
  });

  it('decodes mozLz4 session files (form data of open tabs)', async () => {
    const block = lz4WithBackReference(`x${PESEL}`, 1, 11);
    const header = Buffer.alloc(12);
    header.write('mozLz40\0', 0, 'latin1');
    header.writeUInt32LE(1 + 11 + 11 + 5, 8);
    const file = Buffer.concat([header, block]);
    expect(Buffer.from(decodeMozLz4(file)).toString('latin1')).toBe(`x${PESEL}${PESEL}.....`);
    await mkdir(join(dir, 'sessionstore-backups'));
    await writeFile(join(dir, 'sessionstore-backups/recovery.jsonlz4'), file);
    const found = await kinds();
    expect(found.filter((k) => k === 'utf-8 in mozlz4 file')).toHaveLength(2);
    expect(found.filter((k) => k === 'utf-8')).toHaveLength(1);
  });

  it('decodes Snappy-framed IndexedDB value files', async () => {
    const chunk = snappyWithBackReference(`x${PESEL}`, 1, 11);
    const body = Buffer.concat([Buffer.alloc(4), chunk]); // CRC (not checked), then the data
    const framed = Buffer.concat([
      Buffer.from([0xff, 0x06, 0x00, 0x00]),
      Buffer.from('sNaPpY', 'latin1'),
      Buffer.from([0x00, body.length & 0xff, (body.length >> 8) & 0xff, 0]),
      body,
    ]);
    expect(Buffer.from(decodeSnappyFramed(framed)).toString('latin1')).toBe(`x${PESEL}${PESEL}`);
    await mkdir(join(dir, IDB, 'a.files'));
    await writeFile(join(dir, IDB, 'a.files/1'), framed);
    expect((await kinds()).filter((k) => k === 'utf-8 in snappy-framed file')).toHaveLength(2);
  });
});
