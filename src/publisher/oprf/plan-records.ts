import type { IdentifierKind } from '../../core/identifiers/types.ts';
import type { BuildPlan, PlanInput } from '../build/build-plan.ts';
import { toRowSource } from '../build/hash-phase.ts';
import { countInvalid, emptyStats, type InputStats } from '../build/input-stats.ts';
import { normaliseIdentifier } from '../build/normalise-row.ts';
import { validationDate } from '../build/validation-date.ts';
import { readInputRows } from '../input/read-input.ts';
import type { OprfRecord } from './bucket-builder.ts';

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
      const s = stats[j] as InputStats;
      if ('blank' in row) {
        s.blank++;
        continue;
      }
      s.rows++;
      if ('problem' in row) {
        countInvalid(s, row.problem, row.line);
        continue;
      }
      const normalised = normaliseIdentifier(kind as IdentifierKind, row.values[j] ?? '', today);
      if (!normalised.ok) {
        countInvalid(s, normalised.reason, row.line);
        continue;
      }
      s.valid++;
      add({ kind, canonical: normalised.canonical, breach });
    }
    onRow();
  }
  return stats;
}
