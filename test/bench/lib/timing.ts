/** Milliseconds taken by `fn`, with its result. */
export async function timed<T>(fn: () => Promise<T> | T): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await fn();
  return { ms: performance.now() - start, result };
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = values.toSorted((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * Runs `fn` over every item with at most `concurrency` calls in flight (each worker takes the next
 * item when it is done), and returns the results in input order.
 */
export async function runPool<T, R>(
  items: readonly T[],
  concurrency: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = Array.from({ length: items.length });
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
  return results;
}

/** Items per second for `count` items done in `ms` milliseconds. */
export const perSecond = (count: number, ms: number): number => (ms > 0 ? (count * 1000) / ms : NaN);

/** CPU milliseconds (user + system) this process has used since `start`, a process.cpuUsage() reading. */
export function cpuMsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** CPU milliseconds spent in `fn`: steadier than wall time on a shared machine. */
export async function cpuMs(fn: () => Promise<void> | void): Promise<number> {
  const start = process.cpuUsage();
  await fn();
  return cpuMsSince(start);
}

/** cpuMs for synchronous work, where awaiting would add nothing but a tick. */
export function cpuMsSync(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  return cpuMsSince(start);
}
