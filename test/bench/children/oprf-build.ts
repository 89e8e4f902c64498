// Child process: one `build --scheme xc-oprf-v1` (the CLI's argument parsing and the real build), with
// the process's exact peak RSS (worker threads included: they share the process) and its CPU time.
import { resolvePlan } from '../../../src/publisher/build/resolve-plan.ts';
import { parseBuildArgs } from '../../../src/publisher/commands/build-args.ts';
import { buildOprfPlan, oprfSettings } from '../../../src/publisher/oprf/build-oprf-plan.ts';
import { childMain } from '../lib/child.ts';
import { peakRssBytes } from '../lib/memory.ts';
import { mainThreadCpuSeconds } from '../lib/thread-cpu.ts';

export interface OprfBuildInput {
  args: string[];
  cwd: string;
}

export interface OprfBuildResult {
  seconds: number;
  /** All threads of the process, user + system. */
  cpuSeconds: number;
  /** CPU time of the main thread alone (reading and partitioning; for the whole-list layout also merging and packing). */
  mainCpuSeconds: number | undefined;
  /** Reading, normalising and spilling (one thread), then evaluating and writing (the workers). */
  readSeconds: number;
  readCpuSeconds: number;
  rowsRead: number;
  distinct: number;
  files: number;
  lines: number;
  bytes: number;
  peakRssBytes: number;
  startupRssBytes: number;
}

childMain<OprfBuildInput, OprfBuildResult>(async ({ args, cwd }) => {
  const parsed = parseBuildArgs(args, cwd);
  const plan = resolvePlan(parsed.draft, parsed.baseDir);
  const startupRssBytes = peakRssBytes();
  const cpu = process.cpuUsage();
  const mainCpu = mainThreadCpuSeconds() ?? 0;
  const started = performance.now();
  let readEnd = started;
  let readCpu = 0;
  let evaluating = false;
  const report = await buildOprfPlan(plan, oprfSettings(plan), {
    ...(parsed.workers === undefined ? {} : { workers: parsed.workers }),
    ...(parsed.workDir === undefined ? {} : { workDir: parsed.workDir }),
    onProgress: (p) => {
      // Reading reports rows without a total; evaluation reports with one.
      if (p.total !== undefined && !evaluating) {
        evaluating = true;
        readEnd = performance.now();
        const used = process.cpuUsage(cpu);
        readCpu = (used.user + used.system) / 1e6;
      }
    },
  });
  const end = performance.now();
  const used = process.cpuUsage(cpu);
  const mainEnd = mainThreadCpuSeconds();
  const { statSync, readdirSync } = await import('node:fs');
  let bytes = 0;
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(full);
      else bytes += statSync(full).size;
    }
  };
  walk(plan.out);
  return {
    seconds: (end - started) / 1000,
    cpuSeconds: (used.user + used.system) / 1e6,
    mainCpuSeconds: mainEnd === undefined ? undefined : mainEnd - mainCpu,
    readSeconds: (readEnd - started) / 1000,
    readCpuSeconds: readCpu,
    rowsRead: report.rowsRead,
    distinct: report.kinds.reduce((n, k) => n + k.unique, 0),
    files: report.files,
    lines: Math.max(...report.kinds.map((k) => k.lines)),
    bytes,
    peakRssBytes: peakRssBytes(),
    startupRssBytes,
  };
});
