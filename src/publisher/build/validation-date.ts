import type { BuildPlan } from './build-plan.ts';

/** The last day a YYYY, YYYY-MM or YYYY-MM-DD date can stand for. */
function endOf(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  if (m === undefined) return new Date(Date.UTC(y ?? 1970, 11, 31));
  if (d === undefined) return new Date(Date.UTC(y ?? 1970, m, 0));
  return new Date(Date.UTC(y ?? 1970, m - 1, d));
}

/**
 * "Today" for the identifier engine's date checks during a build: the later of `updated` and the
 * end of the newest breach date. Tied to the plan, not the clock, so a rebuild years later
 * accepts and rejects exactly the same rows.
 */
export function validationDate(plan: Pick<BuildPlan, 'updated' | 'breaches'>): Date {
  let latest = new Date(plan.updated);
  for (const breach of plan.breaches) {
    const end = endOf(breach.date);
    if (end > latest) latest = end;
  }
  return latest;
}
