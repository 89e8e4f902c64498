import { readFileSync } from 'node:fs';

/** Linux's USER_HZ: /proc reports CPU time in these ticks (100 on every common build). */
const TICKS_PER_SECOND = 100;

/**
 * CPU seconds (user + system) of this process's main thread alone, from /proc/self/task/<pid>/stat;
 * undefined off Linux. With process.cpuUsage() (every thread) it splits a build's CPU into the part that
 * runs on one thread and the part worker threads or the libuv pool share, which is what bounds scaling.
 */
export function mainThreadCpuSeconds(): number | undefined {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

/**
 * Speedup an idle machine with `cores` cores allows, from CPU times measured on any machine: the main
 * thread's work cannot be shared, the rest can, and the two overlap (the build is a pipeline), so the
 * wall time is at least the larger of the main thread's CPU and an even share of the whole.
 */
export function speedupBound(totalCpu: number, mainCpu: number, cores: number): number {
  return totalCpu / Math.max(mainCpu, totalCpu / cores);
}
