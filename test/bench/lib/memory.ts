import { readFileSync } from 'node:fs';

/** A field of /proc/self/status in bytes (Linux), e.g. VmHWM (peak resident set) or VmRSS. */
function procStatusBytes(field: 'VmHWM' | 'VmRSS'): number | undefined {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync('/proc/self/status', 'utf8'));
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Peak resident set size of this process so far: exact on Linux (VmHWM), else the current RSS. */
export function peakRssBytes(): number {
  return procStatusBytes('VmHWM') ?? process.memoryUsage.rss();
}

/**
 * Samples RSS and heap every `intervalMs` while work runs. Sampling needs a free event loop, so a long
 * synchronous stretch is seen only at its edges; VmHWM (peakRssBytes) has no such gap.
 */
export class MemorySampler {
  private timer: ReturnType<typeof setInterval> | undefined;
  peakRss = 0;
  peakHeapUsed = 0;

  constructor(private readonly intervalMs = 5) {}

  private sample(): void {
    const usage = process.memoryUsage();
    this.peakRss = Math.max(this.peakRss, usage.rss);
    this.peakHeapUsed = Math.max(this.peakHeapUsed, usage.heapUsed);
  }

  start(): this {
    this.sample();
    this.timer = setInterval(() => this.sample(), this.intervalMs);
    this.timer.unref();
    return this;
  }

  stop(): this {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.sample();
    return this;
  }
}

export const MIB = 1024 * 1024;
export const toMiB = (bytes: number): number => bytes / MIB;
