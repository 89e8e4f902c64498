import type { RecheckInput, RecheckMode, RecheckResult } from '../children/watchlist-recheck.ts';
import { runChild } from '../lib/child.ts';
import type { BenchContext } from '../lib/context.ts';
import { benchScript } from '../lib/paths.ts';
import type { BenchServer } from '../servers/bench-server.ts';

const MODES: readonly RecheckMode[] = ['client', 'naive-seq', 'naive-c4'];

/** Every round's result of one mode, and its request count (counted once). */
export interface ModeResults {
  runs: RecheckResult[];
  requests: number;
}

export type Results = Map<RecheckMode, ModeResults>;

/**
 * Each mode in a fresh process per round, requests counted at the server. Quick mode runs the three
 * modes in one process (same code, a third of the process start-ups; its memory figures then overlap).
 */
export async function recheckRounds(
  ctx: BenchContext,
  server: BenchServer,
  keysPath: string,
  rounds: number,
) {
  const results: Results = new Map();
  const batches = ctx.quick ? [MODES] : MODES.map((mode) => [mode]);
  for (let r = 0; r < rounds; r++) {
    for (const modes of batches) {
      ctx.log(`watchlist: ${modes.join(', ')}, round ${r + 1} of ${rounds}`);
      await server.reset();
      const input: RecheckInput = { keysPath, modes: [...modes] };
      const runs = await runChild<RecheckResult[]>(benchScript('children/watchlist-recheck.ts'), input);
      // The server's count covers the whole process; with several modes in one, each mode's own
      // count comes from the child's fetch (the same number when every request reaches the server).
      const counted = (await server.counts()).range;
      for (const [i, mode] of modes.entries()) {
        const run = runs[i] as RecheckResult;
        const entry = results.get(mode) ?? { runs: [], requests: modes.length === 1 ? counted : run.fetches };
        entry.runs.push(run);
        results.set(mode, entry);
      }
    }
  }
  return results;
}
