import type { CheckReport } from '../../contracts/index.ts';
import type { Translator } from '../../platform/i18n.ts';

/** One line for the status region, so a screen reader hears the verdict without reading every card. */
export function checkSummary(t: Translator, report: CheckReport): string {
  if (report.coverage === 'not-checkable') return t('incident_status_not_checkable', report.hint);
  const statuses = report.results.map((r) => r.outcome.status);
  if (statuses.includes('found')) return t('popup_summary_found', report.hint);
  if (statuses.length > 0 && statuses.every((s) => s === 'error'))
    return t('popup_summary_error', report.hint);
  if (statuses.includes('error')) return t('popup_summary_partial', report.hint);
  return t('popup_summary_not_found', report.hint);
}

/** Data classes of every breach any source found the identifier in: what the guidance is chosen by. */
export function foundDataClasses(report: CheckReport): string[] {
  const classes = report.results.flatMap((r) =>
    r.outcome.status === 'found' ? r.outcome.breaches.flatMap((b) => b.dataClasses) : [],
  );
  return [...new Set(classes)];
}
