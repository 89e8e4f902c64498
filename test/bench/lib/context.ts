import type { BenchOptions } from './args.ts';
import type { BenchSection } from './figures.ts';

export interface BenchContext extends BenchOptions {
  /** Progress for people watching; goes to stderr so stdout stays the table and the JSON line. */
  log(message: string): void;
}

export interface Benchmark {
  id: string;
  run(ctx: BenchContext): Promise<BenchSection>;
}
