import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { XC_V1_DEFAULT_ITERATIONS } from '../../../src/core/range/hash-xc-v1.ts';
import type { PublisherBuildInput, PublisherBuildResult } from '../children/publisher-build.ts';
import { runChild } from '../lib/child.ts';
import type { BenchContext, Benchmark } from '../lib/context.ts';
import { ratio, SectionBuilder } from '../lib/figures.ts';
import { toMiB } from '../lib/memory.ts';
import { removeDir } from '../lib/remove-dir.ts';
import { speedupBound } from '../lib/thread-cpu.ts';
import { benchScript, REPO_ROOT } from '../lib/paths.ts';
import { addExtrapolations, type Builds } from './publisher-extrapolation.ts';
import { sizeLabel } from './publisher-inputs.ts';
import { LOW_ITERATIONS, publisherSeries, type Series } from './publisher-series.ts';
import { rawPbkdf2Rate, rawSha1Rate } from './raw-hash-limits.ts';

const PEAK_RSS_TARGET_MIB = 300;
/** Issue 15: `build --workers N` scales at least this much on 2 cores, for every scheme. */
const WORKERS_SPEEDUP_TARGET = 1.7;

/** Quick mode caps xc-v1 prefixes at 8 bits (256 files instead of 32,768): same code, a fraction of the writing. */
const quickArgs = (ctx: BenchContext, series: Series): string[] =>
  ctx.quick && series.key !== 'hibp' ? ['--prefix-bits', '8'] : [];

async function buildOnce(
  ctx: BenchContext,
  series: Series,
  n: number,
  workers?: number,
): Promise<PublisherBuildResult> {
  const out = join(ctx.scratchDir, `${series.key}-out`);
  removeDir(out);
  const input = series.input(n);
  const threads = workers === undefined ? '' : `, --workers ${workers}`;
  ctx.log(`publisher: ${series.title}, ${n.toLocaleString('en-US')} records${threads}`);
  const job: PublisherBuildInput = {
    args: [
      '--input',
      input,
      ...series.args,
      ...quickArgs(ctx, series),
      ...(workers === undefined ? [] : ['--workers', String(workers)]),
      '--updated',
      '2026-01-01',
      '--out',
      out,
    ],
    cwd: REPO_ROOT,
  };
  try {
    return await runChild<PublisherBuildResult>(benchScript('children/publisher-build.ts'), job, {
      timeoutMs: 3 * 3600_000,
    });
  } finally {
    removeDir(out);
  }
}

function addBuild(s: SectionBuilder, series: Series, n: number, r: PublisherBuildResult): number {
  const p = `${series.key}.${sizeLabel(n)}`;
  const what = `${series.title}, ${n.toLocaleString('en-US')} records`;
  const rate = n / r.seconds;
  s.add(`${p}.seconds`, `build time, ${what}`, r.seconds, 's');
  s.add(`${p}.recordsPerSec`, `records/s, ${what}`, rate, 'records/s');
  s.add(
    `${p}.phases`,
    `hash / sort / write phases, ${what}`,
    `${r.hashSeconds.toFixed(1)} / ${r.sortSeconds.toFixed(1)} / ${r.writeSeconds.toFixed(1)}`,
    's',
  );
  s.add(`${p}.peakRssMiB`, `peak RSS (whole process), ${what}`, toMiB(r.peakRssBytes), 'MiB');
  const own = toMiB(r.peakRssBytes - r.startupRssBytes);
  s.add(`${p}.buildRssMiB`, `peak RSS above the process at start, ${what}`, own, 'MiB');
  s.add(`${p}.ratioToRaw`, `records/s ÷ bare hashes/s, ${what}`, ratio(rate, series.raw.perSecond), '×');
  s.add(`${p}.cpuSeconds`, `CPU time (all threads), ${what}`, r.cpuSeconds, 's');
  const perCpu = n / r.cpuSeconds;
  s.add(
    `${p}.ratioToRawCpu`,
    `records per CPU-second ÷ bare hashes per CPU-second, ${what}`,
    ratio(perCpu, series.raw.perCpuSecond),
    '×',
  );
  s.add(`${p}.files`, `files written, ${what}`, r.files, 'files');
  return r.peakRssBytes;
}

/**
 * `--workers 1` against the default (every core) on the smallest size of a series: the wall-time ratio
 * (as loaded as the machine is) and the bound the CPU split gives for two idle cores.
 */
async function addScaling(
  s: SectionBuilder,
  ctx: BenchContext,
  series: Series,
  n: number,
  all: PublisherBuildResult,
): Promise<void> {
  const one = await buildOnce(ctx, series, n, 1);
  const p = `${series.key}.${sizeLabel(n)}`;
  const what = `${series.title}, ${n.toLocaleString('en-US')} records`;
  s.add(`${p}.w1.seconds`, `build time with --workers 1, ${what}`, one.seconds, 's');
  s.target(
    `${p}.speedupAllCores`,
    `wall-time speedup of every core (${availableParallelism()}) over --workers 1 (machine load applies), ${what}`,
    one.seconds / all.seconds,
    '×',
    { atLeast: WORKERS_SPEEDUP_TARGET },
  );
  // The main thread's share is measured on every core: with --workers 1 the writing runs on it too.
  if (all.mainCpuSeconds === undefined) return;
  s.add(`${p}.mainCpuSeconds`, `CPU time of the main thread, every core, ${what}`, all.mainCpuSeconds, 's');
  s.target(
    `${p}.speedup2FromCpu`,
    `EXTRAPOLATED speedup on 2 idle cores (main thread serial, the rest shared), ${what}`,
    speedupBound(one.cpuSeconds, all.mainCpuSeconds, 2),
    '×',
    { atLeast: WORKERS_SPEEDUP_TARGET },
  );
}

export const publisherThroughput: Benchmark = {
  id: 'publisher',
  async run(ctx: BenchContext) {
    const s = new SectionBuilder('publisher', 'Publisher throughput and memory (build in a child process)');
    ctx.log('publisher: measuring the raw hash limits');
    const rawSha1 = await rawSha1Rate(
      ctx.quick ? 20_000 : Math.min(Math.max(0, ...ctx.hibpSizes), 1_000_000) || 100_000,
    );
    const rawLow = await rawPbkdf2Rate(ctx.quick ? 100 : 5_000, LOW_ITERATIONS);
    const rawDefault = await rawPbkdf2Rate(ctx.quick ? 8 : 200, XC_V1_DEFAULT_ITERATIONS);
    s.add('raw.sha1PerSec', 'bare SHA-1, one core (node:crypto tight loop)', rawSha1.perSecond, 'hashes/s');
    s.add('raw.pbkdf2LowPerSec', `bare PBKDF2 ×${LOW_ITERATIONS}, 8 in flight`, rawLow.perSecond, 'hashes/s');
    s.add(
      'raw.pbkdf2DefaultPerSec',
      `bare PBKDF2 ×${XC_V1_DEFAULT_ITERATIONS}, 8 in flight`,
      rawDefault.perSecond,
      'hashes/s',
    );
    const series = publisherSeries(ctx, { sha1: rawSha1, low: rawLow, default: rawDefault });
    let maxPeak = 0;
    const builds: Builds = new Map();
    for (const { list, def } of series) {
      for (const n of list) {
        const r = await buildOnce(ctx, def, n);
        maxPeak = Math.max(maxPeak, addBuild(s, def, n, r));
        builds.set(def.key, [...(builds.get(def.key) ?? []), { n, r }]);
      }
      const smallest = builds.get(def.key)?.[0];
      if (smallest !== undefined && def.key !== 'peselDefault') {
        await addScaling(s, ctx, def, smallest.n, smallest.r);
      }
    }
    if (ctx.hibpSizes.length === 0)
      s.note('No hibp-sha1 build this run (quick mode): every such build writes 1,048,576 bucket files.');
    if (ctx.quick)
      s.note('Quick mode: xc-v1 prefixes capped at 8 bits, so these builds write 256 files, not 32,768.');
    addExtrapolations(s, builds, rawDefault);
    s.add('maxPeakRssMiB', 'largest peak RSS of any build', toMiB(maxPeak), 'MiB');
    s.add(
      'peakRssUnderTarget',
      `every build under ${PEAK_RSS_TARGET_MIB} MiB peak RSS`,
      toMiB(maxPeak) < PEAK_RSS_TARGET_MIB,
    );
    s.note(
      'Peak RSS is VmHWM of the build process: Node, tsx and the publisher code included. Raw limits: SHA-1 in a synchronous loop ' +
        `on one core (measured over ${rawSha1.sample.toLocaleString('en-US')} hashes and scaled), PBKDF2 asynchronous with 8 in flight like the publisher ` +
        `(over ${rawLow.sample.toLocaleString('en-US')} and ${rawDefault.sample.toLocaleString('en-US')} hashes). ` +
        'The hibp-sha1 input is already hashed, so its ratio compares building with the hashing it skips (above 1: faster than hashing alone).',
    );
    return s.build();
  },
};
