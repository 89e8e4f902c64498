// @vitest-environment node
// Runs `npm run bench -- --quick --json` end to end so the benchmark code cannot rot. It checks what the
// benchmarks report (counts, agreement, the extension's injection rules), never how fast anything was.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KIND_SPECS } from '../../../src/core/index.ts';

const ROOT = join(import.meta.dirname, '../../..');

interface Report {
  format: string;
  failures: Record<string, string>;
  figures: Record<string, number | string | boolean | null>;
}

function runQuickBench(workDir: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'test/bench/run.ts', '--quick', '--json', '--work-dir', workDir],
      { cwd: ROOT, timeout: 400_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) =>
        resolve({ code: error === null ? 0 : Number(error.code ?? 1), stdout, stderr }),
    );
  });
}

describe('npm run bench -- --quick --json', () => {
  let workDir = '';
  let report: Report;
  let run: { code: number; stdout: string; stderr: string };
  const num = (key: string): number => {
    const value = report.figures[key];
    if (typeof value !== 'number') throw new Error(`figure ${key} is ${String(value)}, not a number`);
    return value;
  };

  beforeAll(async () => {
    workDir = mkdtempSync(join(tmpdir(), 'bench-quick-'));
    run = await runQuickBench(workDir);
    const last = run.stdout.trim().split('\n').at(-1) ?? '';
    report = JSON.parse(last) as Report;
  }, 420_000);

  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  it('finishes every benchmark and prints one JSON object last', () => {
    expect(run.code, run.stderr.slice(-4000)).toBe(0);
    expect(report.format).toBe('exposure-check-bench/1');
    expect(report.failures).toEqual({});
    for (const id of ['range', 'watchlist', 'publisher', 'hashing', 'oprf', 'scale', 'oprf-list', 'shard']) {
      expect(
        Object.keys(report.figures).some((k) => k.startsWith(`${id}.`)),
        id,
      ).toBe(true);
    }
    expect(run.stdout).toContain('## Range client vs the hibp npm package');
  });

  it('range: both clients agree with the server, ratios are ours ÷ hibp, repeats are deduplicated', () => {
    expect(num('range.mismatches')).toBe(0);
    for (const p of ['unique.seq', 'unique.c8', 'repeat.seq', 'repeat.c8']) {
      expect(num(`range.${p}.ratio`)).toBeCloseTo(
        num(`range.${p}.ours.lookupsPerSec`) / num(`range.${p}.hibp.lookupsPerSec`),
        9,
      );
      expect(num(`range.${p}.hibp.requests`)).toBe(num('range.lookups'));
    }
    // Ours asks once per distinct prefix (two passwords can share one); the hibp package once per lookup.
    expect(num('range.unique.seq.ours.requests')).toBe(num('range.distinctPrefixes'));
    expect(num('range.unique.c8.ours.requests')).toBe(num('range.distinctPrefixes'));
    // Six distinct passwords behind the repeat variant: one request each, whatever the concurrency.
    expect(num('range.repeat.seq.ours.requests')).toBeLessThanOrEqual(6);
    expect(num('range.repeat.c8.ours.requests')).toBeLessThanOrEqual(6);
  });

  it('watchlist: checkMany sends one request per distinct prefix; every variant finds the same', () => {
    expect(num('watchlist.client.requests')).toBe(num('watchlist.distinctPrefixes'));
    expect(num('watchlist.naiveSeq.requests')).toBe(num('watchlist.identifiers'));
    expect(num('watchlist.naiveC4.requests')).toBe(num('watchlist.identifiers'));
    expect(num('watchlist.distinctPrefixes')).toBeLessThan(num('watchlist.identifiers'));
    expect(num('watchlist.buildInvalidRows')).toBe(0);
    for (const variant of ['client', 'naiveSeq', 'naiveC4']) {
      expect(num(`watchlist.${variant}.found`), variant).toBe(num('watchlist.expectedFound'));
      expect(num(`watchlist.${variant}.errors`), variant).toBe(0);
    }
  });

  it('shard: the parts hold every entry once and merge into the single build, byte for byte', () => {
    expect(report.figures['shard.xc.300.identical']).toBe(true);
    expect(num('shard.xc.300.parts.unique')).toBe(num('shard.xc.300.merge.unique'));
    expect(num('shard.xc.300.merge.unique')).toBeGreaterThan(290);
  });

  it('publisher: the builds ran and report memory and the raw limits', () => {
    expect(num('publisher.pesel.200.files')).toBe(256);
    expect(num('publisher.peselDefault.10.files')).toBe(256);
    expect(num('publisher.pesel.200.peakRssMiB')).toBeGreaterThan(0);
    expect(num('publisher.raw.sha1PerSec')).toBeGreaterThan(0);
    expect(num('publisher.pesel.200.ratioToRaw')).toBeCloseTo(
      num('publisher.pesel.200.recordsPerSec') / num('publisher.raw.pbkdf2LowPerSec'),
      9,
    );
    expect(typeof report.figures['publisher.peakRssUnderTarget']).toBe('boolean');
  });

  it('hashing: core-days are validSpace × CPU time per hash', () => {
    for (const kind of ['pesel', 'cpr', 'bsn'] as const) {
      const days = (KIND_SPECS[kind].validSpace * num(`hashing.${kind}.cpuMsPerIdentifier`)) / 86_400_000;
      expect(num(`hashing.${kind}.coreDays`)).toBeCloseTo(days, 6);
    }
    expect(report.figures['hashing.password.coreDays']).toBeUndefined();
  });

  it('oprf: every breached PESEL is found through the local evaluator', () => {
    expect(num('oprf.checks.wrong')).toBe(0);
    expect(num('oprf.client.cpuMsPerCheck')).toBeGreaterThan(0);
  });

  it('oprf-list: every listed probe found, sizes and false matches within target, both builds ran', () => {
    expect(num('oprf-list.client.lookupHits')).toBe(num('oprf-list.client.lookupProbes') / 2);
    expect(report.figures['oprf-list.pack.bytesPerListed.met']).toBe(true);
    expect(report.figures['oprf-list.size.20000.b1.falseMatchPerBillion.met']).toBe(true);
    expect(report.figures['oprf-list.client.lookupMs.target']).toBe('≤ 50');
    expect(num('oprf-list.build.list.files')).toBe(2);
    expect(num('oprf-list.build.listToBuckets')).toBeGreaterThan(0);
  });

  it('scale: the xc-oprf-v1 builds, the evaluator and the Worker report, each target beside its figure', () => {
    expect(num('scale.build.300.distinct')).toBeGreaterThan(250);
    expect(num('scale.build.300.files')).toBe(256);
    expect(num('scale.evaluator.sodium.evalsPerCoreSec')).toBeGreaterThan(0);
    expect(num('scale.edge.cpuMsPerRequest')).toBeGreaterThanOrEqual(0);
    for (const key of [
      'scale.evaluator.sodium.evalsPerCoreSec',
      'scale.edge.cpuMsPerRequest',
      'scale.build.300.recordsPerCoreSec',
      'scale.build.300.peakRssMiB',
      'scale.build.300.speedup2',
      'scale.build.300.speedup2FromCpu',
      'scale.build.300.list.recordsPerCoreSec',
      'scale.build.300.list.peakRssMiB',
      'publisher.pesel.200.speedupAllCores',
      'range.unique.seq.ratio',
    ]) {
      expect(typeof report.figures[`${key}.target`], key).toBe('string');
      expect(typeof report.figures[`${key}.met`], key).toBe('boolean');
    }
  });

  const haveExtension = existsSync(join(ROOT, 'dist/chrome/manifest.json'));
  // Sizes of the built files are deterministic, unlike timings: a first-paint import of zod, a parser or
  // the phone metadata would break the budget here, not only in a benchmark table.
  it.runIf(haveExtension)('extension: popup and content script stay within their up-front budgets', () => {
    expect(num('extension.popup.gzipKiB')).toBeGreaterThan(5);
    expect(report.figures['extension.popup.gzipKiB.met']).toBe(true);
    expect(report.figures['extension.content.gzipKiB.met']).toBe(true);
  });

  it.runIf(haveExtension)('extension: the content script runs on a catalogued portal only', () => {
    expect(num('extension.content.rawKiB')).toBeGreaterThan(0);
    expect(report.figures['extension.content.injectedOnCatalogued']).toBe(true);
    expect(report.figures['extension.content.injectedOnUncatalogued']).toBe(false);
    expect(report.figures['extension.content.bannerOnUncatalogued']).toBe(false);
  });
});
