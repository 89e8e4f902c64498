// Child process: one publisher build (the CLI's own argument parsing and build), timed by phase, with
// the process's exact peak RSS. Run in its own process so the peak is the build's and nobody else's.
import { buildSource, type BuildProgress } from '../../../src/publisher/build/build-source.ts';
import { resolvePlan } from '../../../src/publisher/build/resolve-plan.ts';
import { parseBuildArgs } from '../../../src/publisher/commands/build-args.ts';
import { childMain } from '../lib/child.ts';
import { MemorySampler, peakRssBytes } from '../lib/memory.ts';
import { mainThreadCpuSeconds } from '../lib/thread-cpu.ts';

export interface PublisherBuildInput {
  /** `build` arguments as on the command line. */
  args: string[];
  cwd: string;
}

export interface PublisherBuildResult {
  seconds: number;
  /** CPU time of the whole process during the build, thread pool included (user + system). */
  cpuSeconds: number;
  /** CPU time of the main thread alone (reading, hashing hibp-sha1, spilling, sorting); undefined off Linux. */
  mainCpuSeconds: number | undefined;
  /** Single-kind builds: reading + hashing + spilling, then sorting, then writing bucket files. */
  hashSeconds: number;
  sortSeconds: number;
  writeSeconds: number;
  rowsRead: number;
  files: number;
  /** Largest real bucket and the padded line count (from the build report). */
  lines: number;
  invalidRows: number;
  /** VmHWM: the exact peak resident set of this process, startup included. */
  peakRssBytes: number;
  /** VmHWM before the build started (Node, tsx and the imports). */
  startupRssBytes: number;
  peakHeapUsedBytes: number;
}

childMain<PublisherBuildInput, PublisherBuildResult>(async ({ args, cwd }) => {
  const parsed = parseBuildArgs(args, cwd);
  const plan = resolvePlan(parsed.draft, parsed.baseDir);
  const startupRssBytes = peakRssBytes();
  const sampler = new MemorySampler(50).start();
  const cpu = process.cpuUsage();
  const mainCpu = mainThreadCpuSeconds() ?? 0;
  const started = performance.now();
  const marks: Partial<Record<BuildProgress['phase'], number>> = {};
  const report = await buildSource(plan, {
    ...(parsed.workDir === undefined ? {} : { workDir: parsed.workDir }),
    ...(parsed.workers === undefined ? {} : { workers: parsed.workers }),
    onProgress: (p) => {
      // The last event of a phase marks its end: hash ends with its final count, sort after sorting.
      if (p.phase === 'hash' || marks[p.phase] === undefined) marks[p.phase] = performance.now();
    },
  });
  const end = performance.now();
  const used = process.cpuUsage(cpu);
  const mainEnd = mainThreadCpuSeconds();
  sampler.stop();
  const hashEnd = marks.hash ?? started;
  const sortEnd = marks.sort ?? hashEnd;
  return {
    seconds: (end - started) / 1000,
    cpuSeconds: (used.user + used.system) / 1e6,
    mainCpuSeconds: mainEnd === undefined ? undefined : mainEnd - mainCpu,
    hashSeconds: (hashEnd - started) / 1000,
    sortSeconds: (sortEnd - hashEnd) / 1000,
    writeSeconds: (end - sortEnd) / 1000,
    rowsRead: report.rowsRead,
    files: report.files,
    lines: Math.max(...report.kinds.map((k) => k.lines)),
    invalidRows: report.inputs.reduce((sum, s) => sum + (s.rows - s.valid), 0),
    peakRssBytes: peakRssBytes(),
    startupRssBytes,
    peakHeapUsedBytes: sampler.peakHeapUsed,
  };
});
