// Child process: one shard part (`build --shard i/n`, xc-v1 or hibp-sha1) or one `merge`, with its CPU
// time and the process's exact peak RSS, each in its own process so the figures are its own.
import { buildShardPart } from '../../../src/publisher/build/build-shard-part.ts';
import { mergeShards } from '../../../src/publisher/build/merge-shards.ts';
import { resolvePlan } from '../../../src/publisher/build/resolve-plan.ts';
import { parseBuildArgs } from '../../../src/publisher/commands/build-args.ts';
import { childMain } from '../lib/child.ts';
import { peakRssBytes } from '../lib/memory.ts';

export type PublisherShardInput =
  | { mode: 'part'; args: string[]; cwd: string }
  | { mode: 'merge'; parts: string[]; out: string; workers: number };

export interface PublisherShardResult {
  seconds: number;
  /** Every thread of the process, user + system. */
  cpuSeconds: number;
  peakRssBytes: number;
  /** Distinct entries in the part, or in the merged source. */
  unique: number;
}

childMain<PublisherShardInput, PublisherShardResult>(async (input) => {
  const cpu = process.cpuUsage();
  const started = performance.now();
  let unique: number;
  if (input.mode === 'part') {
    const parsed = parseBuildArgs(input.args, input.cwd);
    if (parsed.shard === undefined) throw new Error('a part needs --shard i/n');
    const plan = resolvePlan(parsed.draft, parsed.baseDir);
    const options = parsed.workers === undefined ? {} : { workers: parsed.workers };
    const part = await buildShardPart(plan, parsed.shard, options);
    unique = part.kinds.reduce((sum, k) => sum + k.unique, 0);
  } else {
    const report = await mergeShards(input.parts, input.out, { workers: input.workers });
    unique = report.kinds.reduce((sum, k) => sum + k.unique, 0);
  }
  const used = process.cpuUsage(cpu);
  return {
    seconds: (performance.now() - started) / 1000,
    cpuSeconds: (used.user + used.system) / 1e6,
    peakRssBytes: peakRssBytes(),
    unique,
  };
});
