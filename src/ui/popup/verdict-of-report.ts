import type { CheckReport } from '../../contracts/index.ts';

export interface VerdictFigures {
  /** Distinct breaches any source found the identifier in: the number the cards below add up to. */
  breaches: number;
  /** Sightings in a password list (Pwned Passwords counts how often a password was seen), else 0. */
  sightings: number;
  /** Who collected the password list, for "… collected by Have I Been Pwned". */
  collector: string | undefined;
  checked: number;
  failed: number;
}

/** A password list answers with a count of sightings and one placeholder "breach": it is not a breach of its own. */
export function isSightingCount(outcome: { count: number; breaches: readonly unknown[] }): boolean {
  return outcome.count > outcome.breaches.length;
}

export function verdictFigures(report: CheckReport): VerdictFigures {
  const ids = new Set<string>();
  let sightings = 0;
  let collector: string | undefined;
  for (const { source, outcome } of report.results) {
    if (outcome.status !== 'found') continue;
    if (isSightingCount(outcome)) {
      sightings = Math.max(sightings, outcome.count);
      collector ??= source.builtIn ? source.publisher : source.addedFrom;
      continue;
    }
    for (const breach of outcome.breaches) ids.add(breach.id);
  }
  return {
    breaches: ids.size,
    sightings,
    collector,
    checked: report.results.length,
    failed: report.results.filter((r) => r.outcome.status === 'error').length,
  };
}
