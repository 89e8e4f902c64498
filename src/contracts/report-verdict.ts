import type { CheckReport } from './check-outcome-schemas.ts';

/** The one-word answer a check report gives; every surface (verdict banner, history, badge) uses this. */
export type ReportVerdict = 'found' | 'not-found' | 'error' | 'not-checkable';

/**
 * Found anywhere wins; otherwise any source that failed makes the answer "couldn't check" (a partial
 * "not found" would be a guess); a report with no covering source is "not checkable privately yet".
 */
export function verdictOf(report: Pick<CheckReport, 'results' | 'coverage'>): ReportVerdict {
  if (report.results.some((r) => r.outcome.status === 'found')) return 'found';
  if (report.results.some((r) => r.outcome.status === 'error')) return 'error';
  if (report.coverage === 'not-checkable' || report.results.length === 0) return 'not-checkable';
  return 'not-found';
}
