// Issue 15: keyed checks at national scale. Evaluator throughput per core for each group backend, the
// evaluator Worker's CPU per request under workerd, and xc-oprf-v1 builds (records per CPU-second, peak
// RSS, scaling with --workers). Every figure with a target carries it (`.target`, `.met`).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ristretto255_oprf } from '@noble/curves/ed25519.js';
import { encodeEvaluateRequest, oprfInfo, oprfInput } from '../../../src/core/oprf/index.ts';
import { nobleRistrettoOps } from '../../../src/core/oprf/noble-ops.ts';
import {
  answerEvaluateRequest,
  generateOprfKey,
  oprfKeyToJson,
  type OprfEvaluator,
  type OprfKey,
} from '../../../src/publisher/oprf/index.ts';
import { loadRistrettoOps } from '../../../src/publisher/oprf/poprf-backends.ts';
import { startWorkerdEvaluator } from '../../tools/workerd-evaluator.ts';
import type { OprfBuildInput, OprfBuildResult } from '../children/oprf-build.ts';
import { runChild } from '../lib/child.ts';
import type { BenchContext, Benchmark } from '../lib/context.ts';
import { ratio, SectionBuilder } from '../lib/figures.ts';
import { toMiB } from '../lib/memory.ts';
import { benchScript, REPO_ROOT } from '../lib/paths.ts';
import { removeDir } from '../lib/remove-dir.ts';
import { speedupBound } from '../lib/thread-cpu.ts';
import { cpuMsSync } from '../lib/timing.ts';
import { peselInput, sizeLabel } from './publisher-inputs.ts';

export const TARGETS = {
  evaluationsPerCoreSec: 1_000,
  edgeCpuMsPerRequest: 10,
  buildRecordsPerCoreSec: 3_000,
  peakRssMiB: 300,
  workersSpeedup: 1.7,
};

/** Request bodies as the extension sends them, each with its own blind. */
function requestBodies(key: OprfKey, n: number): string[] {
  const poprf = ristretto255_oprf.poprf(oprfInfo('bench', 'pesel'));
  return Array.from({ length: n }, (_, i) => {
    const { blinded } = poprf.blind(oprfInput('pesel', String(44051401359 + i)), key.publicKey);
    return encodeEvaluateRequest({ keyId: key.keyId, kind: 'pesel', blinded });
  });
}

/** CPU ms per request of the whole answer (parse, checks, evaluation with proof, JSON out). */
function evaluatorCpu(evaluator: OprfEvaluator, bodies: readonly string[]): number {
  answerEvaluateRequest(bodies[0] as string, evaluator); // per-key constants, outside the measurement
  const ms = cpuMsSync(() => {
    for (const body of bodies) {
      if (answerEvaluateRequest(body, evaluator).status !== 200) throw new Error('evaluation refused');
    }
  });
  return ms / bodies.length;
}

async function evaluatorFigures(s: SectionBuilder, ctx: BenchContext, key: OprfKey): Promise<void> {
  const n = ctx.quick ? 20 : 1_000;
  const bodies = requestBodies(key, n);
  const base = { sourceId: 'bench', kinds: ['pesel' as const], key };
  const sodium = evaluatorCpu({ ...base, ops: await loadRistrettoOps('sodium') }, bodies);
  const noble = evaluatorCpu({ ...base, ops: nobleRistrettoOps }, bodies.slice(0, Math.ceil(n / 5)));
  // The evaluator before this change: @noble/curves' own POPRF, recomputing the tweaked key per request.
  const poprf = ristretto255_oprf.poprf(oprfInfo('bench', 'pesel'));
  const blinded = bodies.slice(0, Math.ceil(n / 10)).map((b) => {
    const json = JSON.parse(b) as { blinded: string };
    return Uint8Array.from(Buffer.from(json.blinded, 'base64url'));
  });
  const before =
    cpuMsSync(() => blinded.forEach((d) => poprf.blindEvaluate(key.secretKey, d))) / blinded.length;
  s.target(
    'evaluator.sodium.evalsPerCoreSec',
    'evaluator, libsodium (Node default): evaluations with proof per CPU-second',
    1000 / sodium,
    'evals/s',
    { atLeast: TARGETS.evaluationsPerCoreSec },
  );
  s.add('evaluator.sodium.cpuMsPerRequest', 'evaluator, libsodium: CPU per request', sodium, 'ms');
  s.add(
    'evaluator.noble.evalsPerCoreSec',
    'evaluator, @noble/curves with precomputed key (Worker backend): evaluations per CPU-second',
    1000 / noble,
    'evals/s',
  );
  s.add(
    'evaluator.noble.cpuMsPerRequest',
    'evaluator, @noble/curves with precomputed key: CPU per request',
    noble,
    'ms',
  );
  s.add(
    'evaluator.before.evalsPerCoreSec',
    'before: @noble/curves poprf.blindEvaluate per request (no precomputation)',
    1000 / before,
    'evals/s',
  );
  s.add('evaluator.sodium.speedup', 'libsodium evaluator ÷ before', ratio(before, sodium), '×');
}

async function workerFigures(s: SectionBuilder, ctx: BenchContext, key: OprfKey): Promise<void> {
  const worker = await startWorkerdEvaluator({
    OPRF_KEY: JSON.stringify(oprfKeyToJson(key)),
    SOURCE_ID: 'bench',
    KINDS: 'pesel',
    RATE_CAPACITY: '1000000000',
    RATE_REFILL_PER_SECOND: '1000000000',
  });
  try {
    const n = ctx.quick ? 10 : 300;
    const bodies = requestBodies(key, n + 5);
    const post = (body: string) =>
      fetch(`${worker.origin}/evaluate`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
    // Warm-up: the isolate parses the key and computes its constants on the first request.
    for (const body of bodies.slice(0, 5)) await (await post(body)).text();
    const before = await worker.cpuSeconds();
    const started = performance.now();
    for (const body of bodies.slice(5)) {
      const res = await post(body);
      if (res.status !== 200) throw new Error(`the Worker answered ${res.status}`);
      await res.text();
    }
    const wallMs = (performance.now() - started) / n;
    const cpu = ((await worker.cpuSeconds()) - before) * 1000;
    s.target(
      'edge.cpuMsPerRequest',
      'evaluator Worker under workerd: CPU per evaluation request (whole process, HTTP included)',
      cpu / n,
      'ms',
      { atMost: TARGETS.edgeCpuMsPerRequest },
    );
    s.add(
      'edge.requestsPerCoreSec',
      'evaluator Worker: requests per CPU-second of one isolate',
      1000 / (cpu / n),
      'requests/s',
    );
    s.add('edge.wallMsPerRequest', 'evaluator Worker: wall time per request, one at a time', wallMs, 'ms');
    s.add(
      'edge.bundleKiB',
      'evaluator Worker bundle (minified, what is uploaded)',
      worker.bundle.length / 1024,
      'KiB',
    );
  } finally {
    await worker.close();
  }
}

/** The V8 flag package.json's `publisher` script starts Node with. */
const CLI_EXEC_ARGV = ['--max-semi-space-size=2'];

async function buildOnce(
  ctx: BenchContext,
  n: number,
  workers: number,
  layout: 'buckets' | 'list' = 'buckets',
): Promise<OprfBuildResult> {
  const out = join(ctx.scratchDir, `oprf-${n}-${workers}-${layout}-out`);
  const keyDir = join(ctx.scratchDir, 'oprf-keys');
  mkdirSync(keyDir, { recursive: true });
  removeDir(out);
  ctx.log(`scale: xc-oprf-v1 ${layout} build of ${n.toLocaleString('en-US')} PESEL, ${workers} worker(s)`);
  const job: OprfBuildInput = {
    args: [
      '--input',
      peselInput(join(ctx.workDir, 'inputs'), n),
      '--kind',
      'pesel',
      '--scheme',
      'xc-oprf-v1',
      '--source-id',
      'bench-oprf',
      '--key-file',
      join(keyDir, 'bench.key.json'),
      '--workers',
      String(workers),
      '--layout',
      layout,
      ...(ctx.quick ? ['--prefix-bits', '8'] : []),
      '--updated',
      '2026-01-01',
      '--out',
      out,
    ],
    cwd: REPO_ROOT,
  };
  try {
    return await runChild<OprfBuildResult>(benchScript('children/oprf-build.ts'), job, {
      timeoutMs: 6 * 3600_000,
      // As `npm run publisher` runs the build: the peak RSS is what a publisher sees (without the flag,
      // V8's default young generation per thread adds about 75 MiB at 10M, docs/performance.md).
      execArgv: CLI_EXEC_ARGV,
    });
  } finally {
    removeDir(out);
  }
}

async function buildFigures(s: SectionBuilder, ctx: BenchContext): Promise<void> {
  let worstRss = 0;
  for (const n of ctx.oprfSizes) {
    const p = `build.${sizeLabel(n)}`;
    const what = `${n.toLocaleString('en-US')} PESEL`;
    const one = await buildOnce(ctx, n, 1);
    const two = await buildOnce(ctx, n, 2);
    worstRss = Math.max(worstRss, one.peakRssBytes, two.peakRssBytes);
    s.target(
      `${p}.recordsPerCoreSec`,
      `xc-oprf-v1 build, records per CPU-second, ${what}`,
      n / one.cpuSeconds,
      'records/s',
      {
        atLeast: TARGETS.buildRecordsPerCoreSec,
      },
    );
    s.add(`${p}.w1.seconds`, `build time, 1 worker, ${what}`, one.seconds, 's');
    s.add(`${p}.w1.cpuSeconds`, `CPU time, 1 worker, ${what}`, one.cpuSeconds, 's');
    s.add(
      `${p}.w1.readCpuSeconds`,
      `CPU time of reading + partitioning (one thread), ${what}`,
      one.readCpuSeconds,
      's',
    );
    s.add(`${p}.w2.seconds`, `build time, 2 workers, ${what}`, two.seconds, 's');
    s.add(`${p}.w2.cpuSeconds`, `CPU time, 2 workers, ${what}`, two.cpuSeconds, 's');
    s.target(
      `${p}.speedup2`,
      `wall-time speedup of 2 workers over 1 (machine load applies), ${what}`,
      one.seconds / two.seconds,
      '×',
      {
        atLeast: TARGETS.workersSpeedup,
      },
    );
    // From CPU time, immune to other jobs: the main thread's part is serial, the rest splits over workers.
    // Measured with 2 workers: with one, the pool runs inline and the main thread does everything.
    const serial = two.mainCpuSeconds ?? one.readCpuSeconds;
    s.add(`${p}.w2.mainCpuSeconds`, `CPU time of the main thread, 2 workers, ${what}`, serial, 's');
    s.target(
      `${p}.speedup2FromCpu`,
      `EXTRAPOLATED speedup on 2 idle cores (main thread serial, the rest shared), ${what}`,
      speedupBound(one.cpuSeconds, serial, 2),
      '×',
      { atLeast: TARGETS.workersSpeedup },
    );
    s.target(
      `${p}.peakRssMiB`,
      `peak RSS (whole process, 2 workers), ${what}`,
      toMiB(two.peakRssBytes),
      'MiB',
      {
        atMost: TARGETS.peakRssMiB,
      },
    );
    s.add(`${p}.w1.peakRssMiB`, `peak RSS (1 worker), ${what}`, toMiB(one.peakRssBytes), 'MiB');
    s.add(`${p}.distinct`, `distinct identifiers, ${what}`, one.distinct, 'identifiers');
    s.add(`${p}.files`, `bucket files, ${what}`, one.files, 'files');
    s.add(`${p}.lines`, `lines per bucket (padded), ${what}`, one.lines, 'lines');
    s.add(`${p}.outputMiB`, `output size, ${what}`, one.bytes / 1024 / 1024, 'MiB');
    const list1 = await buildOnce(ctx, n, 1, 'list');
    const list = await buildOnce(ctx, n, 2, 'list');
    worstRss = Math.max(worstRss, list1.peakRssBytes, list.peakRssBytes);
    s.target(
      `${p}.list.recordsPerCoreSec`,
      `whole-list layout: records per CPU-second, ${what}`,
      n / list1.cpuSeconds,
      'records/s',
      { atLeast: TARGETS.buildRecordsPerCoreSec },
    );
    s.add(`${p}.list.w1.seconds`, `whole-list layout: build time, 1 worker, ${what}`, list1.seconds, 's');
    s.add(`${p}.list.w1.cpuSeconds`, `whole-list layout: CPU time, 1 worker, ${what}`, list1.cpuSeconds, 's');
    s.add(`${p}.list.seconds`, `whole-list layout: build time, 2 workers, ${what}`, list.seconds, 's');
    s.add(`${p}.list.w2.cpuSeconds`, `whole-list layout: CPU time, 2 workers, ${what}`, list.cpuSeconds, 's');
    s.add(
      `${p}.list.w2.recordsPerCpuSec`,
      `whole-list layout: records per CPU-second, 2 workers (all threads), ${what}`,
      n / list.cpuSeconds,
      'records/s',
    );
    const listSerial = list.mainCpuSeconds ?? list1.cpuSeconds;
    s.add(
      `${p}.list.w2.mainCpuSeconds`,
      `whole-list layout: CPU time of the main thread (read, partition, merge, pack), 2 workers, ${what}`,
      listSerial,
      's',
    );
    s.target(
      `${p}.list.speedup2`,
      `whole-list layout: wall-time speedup of 2 workers over 1 (machine load applies), ${what}`,
      list1.seconds / list.seconds,
      '×',
      { atLeast: TARGETS.workersSpeedup },
    );
    s.target(
      `${p}.list.speedup2FromCpu`,
      `whole-list layout: EXTRAPOLATED speedup on 2 idle cores (main thread serial, the rest shared), ${what}`,
      speedupBound(list1.cpuSeconds, listSerial, 2),
      '×',
      { atLeast: TARGETS.workersSpeedup },
    );
    s.target(
      `${p}.list.peakRssMiB`,
      `whole-list layout: peak RSS (whole process, 2 workers), ${what}`,
      toMiB(list.peakRssBytes),
      'MiB',
      {
        atMost: TARGETS.peakRssMiB,
      },
    );
    s.add(
      `${p}.list.w1.peakRssMiB`,
      `whole-list layout: peak RSS (1 worker), ${what}`,
      toMiB(list1.peakRssBytes),
      'MiB',
    );
    s.add(`${p}.list.outputMiB`, `whole-list layout: output size, ${what}`, list.bytes / 1024 / 1024, 'MiB');
  }
  s.target('build.largestPeakRssMiB', 'largest peak RSS of any xc-oprf-v1 build', toMiB(worstRss), 'MiB', {
    atMost: TARGETS.peakRssMiB,
  });
}

export const scaleBench: Benchmark = {
  id: 'scale',
  async run(ctx: BenchContext) {
    const s = new SectionBuilder('scale', 'Keyed checks at national scale (issue 15)');
    const key = generateOprfKey();
    ctx.log('scale: evaluator per core');
    await evaluatorFigures(s, ctx, key);
    ctx.log('scale: evaluator Worker under workerd');
    await workerFigures(s, ctx, key);
    await buildFigures(s, ctx);
    s.note(
      'Evaluator figures are CPU time (process.cpuUsage) of answerEvaluateRequest over the request bodies the ' +
        'extension sends: steadier than wall time on a shared machine. The Worker figure is the CPU time of the ' +
        'workerd process (from /proc) over sequential requests from 127.0.0.1, HTTP handling included. Builds run ' +
        'in a child process from a PESEL list through the CLI code (read, normalise, partition to disk, evaluate, ' +
        'pad, write; the whole-list layout partitions and evaluates the same way, then merges the sorted runs into one list per kind on the main thread); peak RSS is VmHWM of that process, worker threads included.',
    );
    return s.build();
  },
};
