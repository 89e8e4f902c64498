import { lstat, readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { isLevelDbLogName, levelDbLogRecords } from './leveldb-log.ts';
import { isLevelDbTable, levelDbDataBlocks } from './leveldb-table.ts';
import { encodingsOf } from './needle-encodings.ts';
import type { EncodedNeedle } from './needle-encodings.ts';

/** What Firefox's sweep decodes before searching again (firefox-profile-sweep.ts). */
export type FirefoxDecodedKind =
  'sqlite cell' | 'snappy-decompressed sqlite cell' | 'snappy-framed file' | 'mozlz4 file';

export interface SweepFinding {
  /** Index into the needles passed in (findings never repeat the full string). */
  needle: number;
  masked: string;
  encoding: string;
  /** Path relative to the swept directory. */
  file: string;
  /** Byte offset in the file, or in the decoded block or record when `decoded` is set. */
  offset: number;
  /**
   * Set when the match is only visible after decoding the on-disk framing or compression: LevelDB's
   * (Chromium) or SQLite's, Snappy's and mozLz4's (Firefox, see firefox-profile-sweep.ts).
   */
  decoded?: 'leveldb table block' | 'leveldb log record' | FirefoxDecodedKind;
}

export interface SweepReport {
  findings: SweepFinding[];
  filesScanned: number;
  bytesScanned: number;
  /** LevelDB tables and logs whose blocks or records were decoded and searched too. */
  levelDbFilesDecoded: number;
}

// Shorter strings turn up by chance in binary files and would make the sweep cry wolf.
const MIN_NEEDLE_LENGTH = 6;

/** First and last two characters only, so a failing test does not print the identifier it protects. */
export function maskForReport(text: string): string {
  return text.length <= 4 ? '…' : `${text.slice(0, 2)}…${text.slice(-2)} (${text.length} chars)`;
}

async function regularFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const full = join(dir, entry.name);
      // lstat, not stat: Chromium's Singleton* entries are symlinks to sockets and host names.
      const info = await lstat(full).catch(() => undefined);
      if (info?.isDirectory()) return regularFiles(full);
      return info?.isFile() ? [full] : [];
    }),
  );
  return nested.flat();
}

function allOffsets(haystack: Uint8Array, needle: Buffer): number[] {
  const buf = Buffer.from(haystack.buffer, haystack.byteOffset, haystack.byteLength);
  const found: number[] = [];
  for (let at = buf.indexOf(needle); at !== -1; at = buf.indexOf(needle, at + 1)) found.push(at);
  return found;
}

function decodedParts(
  bytes: Uint8Array,
  path: string,
): { kind: NonNullable<SweepFinding['decoded']>; parts: Uint8Array[] } | undefined {
  try {
    if (isLevelDbTable(bytes)) return { kind: 'leveldb table block', parts: levelDbDataBlocks(bytes) };
    if (isLevelDbLogName(path)) return { kind: 'leveldb log record', parts: levelDbLogRecords(bytes) };
  } catch (error) {
    // Never skip silently: an undecodable file could be exactly where a leak hides.
    throw new Error(`privacy sweep could not decode ${path}: ${String(error)}`, { cause: error });
  }
  return undefined;
}

/**
 * Byte-searches every regular file under `dir` for each needle in every encoding of encodingsOf(),
 * including the decompressed blocks of LevelDB tables (where Chromium keeps storage after compaction).
 */
export async function sweepForStrings(dir: string, needles: readonly string[]): Promise<SweepReport> {
  const short = needles.find((n) => n.length < MIN_NEEDLE_LENGTH);
  if (short !== undefined) {
    throw new Error(
      `sweep needles need at least ${MIN_NEEDLE_LENGTH} characters; got ${maskForReport(short)}`,
    );
  }
  const encoded = needles.map((n) => encodingsOf(n));
  const report: SweepReport = { findings: [], filesScanned: 0, bytesScanned: 0, levelDbFilesDecoded: 0 };
  const search = (bytes: Uint8Array, file: string, decoded?: SweepFinding['decoded']): void => {
    encoded.forEach((forms: EncodedNeedle[], needle) => {
      for (const form of forms) {
        for (const offset of allOffsets(bytes, form.bytes)) {
          const masked = maskForReport(needles[needle] ?? '');
          const finding: SweepFinding = { needle, masked, encoding: form.encoding, file, offset };
          if (decoded) finding.decoded = decoded;
          report.findings.push(finding);
        }
      }
    });
  };
  for (const path of await regularFiles(dir)) {
    const bytes = await readFile(path).catch(() => undefined); // a file may vanish while we walk
    if (bytes === undefined) continue;
    const file = relative(dir, path);
    report.filesScanned++;
    report.bytesScanned += bytes.length;
    search(bytes, file);
    // Decoded views repeat what the raw search finds, and add what framing or compression hid from it.
    const decoded = decodedParts(bytes, path);
    if (decoded) {
      report.levelDbFilesDecoded++;
      for (const part of decoded.parts) search(part, file, decoded.kind);
    }
  }
  return report;
}

export function describeFindings(findings: readonly SweepFinding[]): string {
  return findings
    .map(
      (f) =>
        `  needle #${f.needle} ${f.masked} as ${f.encoding} in ${f.file} @${f.offset}` +
        (f.decoded ? ` (in a decoded ${f.decoded})` : ''),
    )
    .join('\n');
}
