/**
 * Runs at most `limit` tasks at once; `run` resolves as soon as the task has *started*, so a
 * producer awaiting it is held back instead of queueing unbounded work in memory.
 */
export class Limiter {
  private active = 0;
  private waiting: (() => void)[] = [];
  private failed = false;
  private failure: unknown;
  private readonly all = new Set<Promise<void>>();

  constructor(private readonly limit: number) {}

  async run(task: () => Promise<void>): Promise<void> {
    this.throwIfFailed();
    while (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.throwIfFailed();
    this.active++;
    const p = task()
      .catch((error: unknown) => {
        if (!this.failed) this.failure = error;
        this.failed = true;
      })
      .finally(() => {
        this.active--;
        this.all.delete(p);
        this.waiting.shift()?.();
      });
    this.all.add(p);
  }

  /** Waits for every started task; rethrows the first failure. */
  async drain(): Promise<void> {
    while (this.all.size > 0) await Promise.all(this.all);
    this.throwIfFailed();
  }

  private throwIfFailed(): void {
    if (this.failed) throw this.failure;
  }
}
