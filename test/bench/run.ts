// `npm run bench`: every benchmark of issue 8 against local servers; see docs/performance.md.
import { mkdirSync } from 'node:fs';
import { parseBenchArgs, USAGE, type BenchId } from './lib/args.ts';
import type { Benchmark, BenchContext } from './lib/context.ts';
import type { BenchSection } from './lib/figures.ts';
import { loadAverageNow, machineInfo } from './lib/machine.ts';
import { formatMarkdown, formatTable, jsonReport } from './lib/report.ts';
import { removeDir } from './lib/remove-dir.ts';
import { rangeVsHibp } from './benches/range-vs-hibp.ts';
import { watchlistRecheck } from './benches/watchlist-recheck.ts';
import { publisherThroughput } from './benches/publisher-throughput.ts';
import { extensionCost } from './benches/extension-cost.ts';
import { hashingCost } from './benches/hashing-cost.ts';
import { oprfBench } from './benches/oprf.ts';
import { scaleBench } from './benches/scale.ts';
import { oprfListBench } from './benches/oprf-list.ts';
import { shardMergeBench } from './benches/shard-merge.ts';

const BENCHMARKS: Record<BenchId, Benchmark | undefined> = {
  range: rangeVsHibp,
  watchlist: watchlistRecheck,
  publisher: publisherThroughput,
  extension: extensionCost,
  hashing: hashingCost,
  oprf: oprfBench,
  scale: scaleBench,
  'oprf-list': oprfListBench,
  shard: shardMergeBench,
};

export async function main(argv: readonly string[]): Promise<number> {
  const options = parseBenchArgs(argv);
  if (options.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  mkdirSync(options.workDir, { recursive: true });
  mkdirSync(options.scratchDir, { recursive: true });
  // The scratch dir may be a RAM disk holding a million files: do not leave it behind on Ctrl+C.
  process.once('SIGINT', () => {
    removeDir(options.scratchDir);
    process.exit(130);
  });
  const machine = machineInfo();
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const ctx: BenchContext = {
    ...options,
    log: (message) =>
      process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(1)}s] ${message}\n`),
  };
  const sections: BenchSection[] = [];
  const failures: Record<string, string> = {};
  for (const id of options.only) {
    const bench = BENCHMARKS[id];
    if (bench === undefined) continue;
    ctx.log(`${id}: starting`);
    try {
      sections.push(await bench.run(ctx));
    } catch (error) {
      failures[id] = error instanceof Error ? (error.stack ?? error.message) : String(error);
      ctx.log(`${id}: FAILED\n${failures[id]}`);
    }
  }
  removeDir(options.scratchDir);
  process.stdout.write(options.markdown ? formatMarkdown(sections) : formatTable(sections, machine));
  const { help: _help, ...shown } = options;
  const seconds = (performance.now() - started) / 1000;
  if (options.json) {
    const report = jsonReport(sections, {
      startedAt,
      seconds,
      machine,
      loadAverageAtEnd: loadAverageNow(),
      options: shown,
      failures,
    });
    process.stdout.write(`${JSON.stringify(report)}\n`);
  }
  return Object.keys(failures).length > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
