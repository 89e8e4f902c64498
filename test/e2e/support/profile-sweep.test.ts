import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { levelDbLogSpanningBlocks, levelDbTable, snappyWithBackReference } from './leveldb-fixtures.ts';
import { maskForReport, sweepForStrings } from './profile-sweep.ts';

// Synthetic values only: a checksum-valid but made-up PESEL, and a made-up address.
const PESEL = '44051401359';
const EMAIL = 'zażółć@example.pl';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sweep-test-'));
  await mkdir(join(dir, 'Default/Local Storage'), { recursive: true });
  await writeFile(join(dir, 'Default/Preferences'), '{"clean": true, "numbers": [4405, 1401359]}');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const plant = (name: string, bytes: Buffer): Promise<void> => writeFile(join(dir, 'Default', name), bytes);
const encodingsFound = async (needles: string[]): Promise<string[]> =>
  (await sweepForStrings(dir, needles)).findings.map((f) => `${f.file}: ${f.encoding}`);

describe('sweepForStrings', () => {
  it('finds nothing in a clean directory, after really reading it', async () => {
    const report = await sweepForStrings(dir, [PESEL, EMAIL]);
    expect(report.findings).toEqual([]);
    expect(report.filesScanned).toBe(1);
    expect(report.bytesScanned).toBeGreaterThan(20);
  });

  it.each([
    ['utf-8', Buffer.from(`{"v":"${PESEL}"}`, 'utf8')],
    ['utf-16le', Buffer.from(`xx${PESEL}yy`, 'utf16le')],
    ['utf-16be', Buffer.from(`x${PESEL}`, 'utf16le').swap16()],
  ])('finds a planted PESEL as %s', async (encoding, bytes) => {
    await plant('Local Storage/000003.bin', Buffer.concat([Buffer.from([0, 1, 2]), bytes]));
    expect(await encodingsFound([PESEL])).toContain(`Default/Local Storage/000003.bin: ${encoding}`);
  });

  it.each([
    ['utf-8', Buffer.from(EMAIL, 'utf8')],
    ['json-escaped utf-8', Buffer.from('"za\\u017c\\u00f3\\u0142\\u0107@example.pl"', 'utf8')],
    ['json-escaped utf-8 (upper-case hex)', Buffer.from('za\\u017C\\u00F3\\u0142\\u0107@example.pl')],
    ['json-escaped utf-16le', Buffer.from('za\\u017c\\u00f3\\u0142\\u0107@example.pl', 'utf16le')],
    ['percent-encoded', Buffer.from(`?q=${encodeURIComponent(EMAIL)}&x`, 'utf8')],
  ])('finds a planted non-ASCII address as %s', async (encoding, bytes) => {
    await plant('History', bytes);
    expect(await encodingsFound([EMAIL])).toContain(`Default/History: ${encoding}`);
  });

  it('finds Latin-1 (V8 one-byte strings) for text that fits in it', async () => {
    await plant('blob', Buffer.from('Müller-44051401359', 'latin1'));
    expect(await encodingsFound(['Müller-44051401359'])).toContain('Default/blob: latin-1');
  });

  it('finds a PESEL that a Snappy back-reference hides in a LevelDB table', async () => {
    const compressed = snappyWithBackReference('1401359 4405', 0, 7); // decodes to "1401359 44051401359"
    expect(compressed.includes(Buffer.from(PESEL))).toBe(false);
    await plant('000005.ldb', levelDbTable(compressed));
    const report = await sweepForStrings(dir, [PESEL]);
    expect(report.findings).toMatchObject([{ file: 'Default/000005.ldb', decoded: 'leveldb table block' }]);
  });

  it('finds a PESEL that a LevelDB log block header splits in two', async () => {
    const log = levelDbLogSpanningBlocks(Buffer.from(`{"pesel":"${PESEL}"}`), 14);
    expect(log.includes(Buffer.from(PESEL))).toBe(false);
    await plant('000003.log', log);
    const report = await sweepForStrings(dir, [PESEL]);
    expect(report.findings).toMatchObject([{ file: 'Default/000003.log', decoded: 'leveldb log record' }]);
  });

  it('does not follow symlinks out of the directory (Chromium keeps Singleton* links there)', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'sweep-outside-'));
    await writeFile(join(outside, 'leak'), PESEL);
    await symlink(join(outside, 'leak'), join(dir, 'SingletonCookie'));
    expect((await sweepForStrings(dir, [PESEL])).findings).toEqual([]);
    await rm(outside, { recursive: true, force: true });
  });

  it('refuses needles short enough to match by chance, without printing them', async () => {
    await expect(sweepForStrings(dir, ['4405'])).rejects.toThrow(/at least 6 characters; got …$/);
  });

  it('reports findings masked, never with the full identifier', async () => {
    await plant('x', Buffer.from(PESEL));
    const [finding] = (await sweepForStrings(dir, [PESEL])).findings;
    expect(finding?.masked).toBe(maskForReport(PESEL));
    expect(JSON.stringify(finding)).not.toContain(PESEL);
  });
});
