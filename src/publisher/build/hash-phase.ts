import type { IdentifierKind } from '../../core/index.ts';
import { readInputRows } from '../input/read-input.ts';
import type { BuildPlan, PlanInput } from './build-plan.ts';
import { countRow, type ValidRow } from './count-row.ts';
import { emptyStats, type InputStats } from './input-stats.ts';
import type { KindState } from './kind-state.ts';
import { spillHash } from './kind-state.ts';
import { Limiter } from './limiter.ts';
import { hibpSha1NodeHash, xcV1NodeHash } from './node-hashes.ts';
import { normaliseIdentifier, normaliseSha1Line } from './normalise-row.ts';
import { ownsRow } from './row-shard.ts';
import type { Shard } from '../oprf/shard.ts';

export interface HashPhaseContext {
  plan: BuildPlan;
  states: ReadonlyMap<IdentifierKind, KindState>;
  salt: Uint8Array;
  /** Date the identifier engine treats as "today", so validation does not drift with the clock. */
  today: Date;
  limiter: Limiter;
  onRow: () => void;
  /** xc-v1 and hibp-sha1 shards hash only their own rows (row-shard.ts); every row is still counted. */
  shard?: Shard | undefined;
}

const SHA1_SCRATCH = Buffer.alloc(20);

export function toRowSource(input: PlanInput) {
  return {
    path: input.path,
    format: input.format,
    wanted: input.kinds.map((kind) => ({ kind, column: input.columns[kind] })),
    delimiter: input.delimiter,
  };
}

async function hashValid(
  ctx: HashPhaseContext,
  input: PlanInput & { breachIndex: number },
  kind: IdentifierKind,
  row: ValidRow,
): Promise<void> {
  const state = ctx.states.get(kind) as KindState;
  if (ctx.plan.scheme === 'hibp-sha1') {
    if (input.format === 'sha1') {
      // One reused buffer: at tens of millions of rows, a Buffer per row is what fills memory.
      SHA1_SCRATCH.write(row.canonical, 'hex');
      spillHash(state, SHA1_SCRATCH, row.count);
    } else {
      spillHash(state, hibpSha1NodeHash(row.canonical), row.count);
    }
    return;
  }
  const { canonical } = row;
  // The limiter keeps a bounded number of PBKDF2 jobs on the thread pool while reading goes on.
  await ctx.limiter.run(async () => {
    spillHash(state, await xcV1NodeHash(kind, canonical, ctx.salt, ctx.plan.iterations), input.breachIndex);
  });
}

/**
 * Reads one input as a stream: every row is normalised for every kind it holds, invalid ones are
 * counted by reason, valid ones hashed and spilled. Returns one stats record per kind.
 */
export async function hashInput(ctx: HashPhaseContext, input: PlanInput): Promise<InputStats[]> {
  const stats = input.kinds.map((kind) => emptyStats(input.path, kind, input.breach));
  const withIndex = { ...input, breachIndex: ctx.plan.breaches.findIndex((b) => b.id === input.breach) };
  for await (const row of readInputRows(toRowSource(input))) {
    for (const [j, kind] of input.kinds.entries()) {
      const valid = countRow(stats[j] as InputStats, row, j, (value) =>
        input.format === 'sha1' ? normaliseSha1Line(value) : normaliseIdentifier(kind, value, ctx.today),
      );
      if (valid !== undefined && ownsRow(ctx.shard, kind, valid.canonical))
        await hashValid(ctx, withIndex, kind, valid);
    }
    ctx.onRow();
  }
  return stats;
}
