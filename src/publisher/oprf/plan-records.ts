import type { IdentifierKind } from '../../core/identifiers/types.ts';
import type { BuildPlan, PlanInput } from '../build/build-plan.ts';
import { toRowSource } from '../build/hash-phase.ts';
import { countRow } from '../build/count-row.ts';
import { emptyStats, type InputStats } from '../build/input-stats.ts';
import { normaliseIdentifier } from '../build/normalise-row.ts';
import { validationDate } from '../build/validation-date.ts';
import { readInputRows } from '../input/read-input.ts';
import type { OprfRecord } from './oprf-records.ts';

/**
 * Reads a build plan's inputs the way the xc-v1 build does (same readers, same identifier engine, same
 * per-reason counts) and hands every valid value on as an OPRF record.
 */
export async function readPlanRecords(
  plan: BuildPlan,
  add: (record: OprfRecord) => void,
  onRow: () => void = () => undefined,
): Promise<InputStats[]> {
  const today = validationDate(plan);
  const all: InputStats[] = [];
  for (const input of plan.inputs) all.push(...(await readOne(plan, input, today, add, onRow)));
  return all;
}

async function readOne(
  plan: BuildPlan,
  input: PlanInput,
  today: Date,
  add: (record: OprfRecord) => void,
  onRow: () => void,
): Promise<InputStats[]> {
  const stats = input.kinds.map((kind) => emptyStats(input.path, kind, input.breach));
  const breach = plan.breaches.findIndex((b) => b.id === input.breach);
  for await (const row of readInputRows(toRowSource(input))) {
    for (const [j, kind] of input.kinds.entries()) {
      const valid = countRow(stats[j] as InputStats, row, j, (value) =>
        normaliseIdentifier(kind as IdentifierKind, value, today),
      );
      if (valid !== undefined) add({ kind, canonical: valid.canonical, breach });
    }
    onRow();
  }
  return stats;
}
