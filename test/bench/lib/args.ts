import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

export const BENCH_IDS = [
  'range',
  'watchlist',
  'publisher',
  'extension',
  'hashing',
  'oprf',
  'scale',
  'oprf-list',
  'shard',
] as const;
export type BenchId = (typeof BENCH_IDS)[number];

export interface BenchOptions {
  /** Tiny sizes: every code path in seconds (the unit test runs this). */
  quick: boolean;
  /** Print one JSON object with every figure as the last line of stdout. */
  json: boolean;
  /** Print the table as Markdown (what docs/performance.md holds) instead of plain text. */
  markdown: boolean;
  only: BenchId[];
  /** Publisher input sizes, records. */
  hibpSizes: number[];
  peselSizes: number[];
  /** PESEL records for the xc-oprf-v1 build series (scale benchmark). */
  oprfSizes: number[];
  /** Run `npm run build:chrome` before measuring the extension. */
  build: boolean;
  /** Inputs are generated once here and reused between runs (they are large). */
  workDir: string;
  /**
   * Build outputs and spill files: a RAM disk (/dev/shm) when there is one, so a build measures the
   * publisher and not this machine's disk (a hibp-sha1 build always writes 1,048,576 files). Removed
   * at the end of the run.
   */
  scratchDir: string;
}

export const USAGE = `Usage: npm run bench -- [--quick] [--json] [--markdown] [--only ${BENCH_IDS.join(',')}]
                       [--sizes 100k,1m] [--hibp-sizes 100k,1m,10m] [--pesel-sizes 10k,100k]
                       [--oprf-sizes 100k,1m]
                       [--build] [--work-dir <dir>] [--scratch-dir <dir>]

  --quick        tiny sizes, every benchmark in seconds (what npm test runs)
  --json         last stdout line: one JSON object with every figure
  --markdown     print the table as Markdown (as in docs/performance.md)
  --only         run only these benchmarks (comma-separated)
  --sizes        publisher input sizes for both series (k = thousand, m = million)
  --hibp-sizes   pre-hashed password records for the hibp-sha1 build (default 1m)
  --pesel-sizes  PESEL records for the xc-v1 build at 1,000 iterations (default 10k,100k)
  --oprf-sizes   PESEL records for the xc-oprf-v1 builds of the scale benchmark (default 100k)
  --build        run npm run build:chrome first (the extension benchmark measures dist/chrome)
  --work-dir     where generated inputs are cached (default: $TMPDIR/exposure-check-bench)
  --scratch-dir  where builds write (default: a new folder in /dev/shm if present, else in --work-dir)
`;

function defaultScratchDir(workDir: string): string {
  const parent = existsSync('/dev/shm') ? '/dev/shm' : workDir;
  return join(parent, `exposure-check-bench-${process.pid}`);
}

/** "100k" → 100000, "1m" → 1000000, "2500" → 2500. */
export function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(text.trim());
  if (match === null) throw new Error(`"${text}" is not a size (examples: 2000, 100k, 1m)`);
  const factor = { '': 1, k: 1e3, m: 1e6 }[(match[2] ?? '').toLowerCase()] ?? 1;
  const value = Math.round(Number(match[1]) * factor);
  if (value < 1) throw new Error(`size "${text}" must be at least 1`);
  return value;
}

const sizeList = (text: string): number[] => text.split(',').map(parseSize);

/**
 * Defaults keep `npm run bench` near ten minutes on two cores: every hibp-sha1 build writes 1,048,576
 * files whatever its size, so one size is the default. docs/performance.md names the sizes of its table.
 */
export const DEFAULT_SIZES = { hibp: [1_000_000], pesel: [10_000, 100_000], oprf: [100_000] };
/** No hibp-sha1 build in quick mode: any such build writes 1,048,576 files, which takes tens of seconds. */
export const QUICK_SIZES = { hibp: [] as number[], pesel: [200], oprf: [300] };

export function parseBenchArgs(argv: readonly string[]): BenchOptions & { help: boolean } {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      quick: { type: 'boolean' },
      json: { type: 'boolean' },
      markdown: { type: 'boolean' },
      only: { type: 'string' },
      sizes: { type: 'string' },
      'hibp-sizes': { type: 'string' },
      'pesel-sizes': { type: 'string' },
      'oprf-sizes': { type: 'string' },
      build: { type: 'boolean' },
      'work-dir': { type: 'string' },
      'scratch-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const quick = values.quick === true;
  const workDir = values['work-dir'] ?? join(tmpdir(), 'exposure-check-bench');
  const base = quick ? QUICK_SIZES : DEFAULT_SIZES;
  const both = values.sizes === undefined ? undefined : sizeList(values.sizes);
  const only = (values.only ?? BENCH_IDS.join(',')).split(',').map((s) => s.trim());
  for (const id of only) {
    if (!(BENCH_IDS as readonly string[]).includes(id))
      throw new Error(`unknown benchmark "${id}"; choose from ${BENCH_IDS.join(', ')}`);
  }
  return {
    help: values.help === true,
    quick,
    json: values.json === true,
    markdown: values.markdown === true,
    only: only as BenchId[],
    hibpSizes: values['hibp-sizes'] === undefined ? (both ?? base.hibp) : sizeList(values['hibp-sizes']),
    peselSizes: values['pesel-sizes'] === undefined ? (both ?? base.pesel) : sizeList(values['pesel-sizes']),
    oprfSizes: values['oprf-sizes'] === undefined ? base.oprf : sizeList(values['oprf-sizes']),
    build: values.build === true,
    workDir,
    scratchDir: values['scratch-dir'] ?? defaultScratchDir(workDir),
  };
}
