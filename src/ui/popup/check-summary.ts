import type { CheckReport } from '../../contracts/index.ts';
import { verdictOf } from '../../contracts/report-verdict.ts';
import type { Translator } from '../../platform/i18n.ts';
import { verdictText } from './verdict-text.ts';

/** One line for the status region, so a screen reader hears the verdict the banner shows. */
export function checkSummary(t: Translator, report: CheckReport): string {
  const { title, detail } = verdictText(t, report, verdictOf(report));
  return `${title}. ${detail}`;
}

/** Data classes of every breach any source found the identifier in: what the guidance is chosen by. */
export function foundDataClasses(report: CheckReport): string[] {
  const classes = report.results.flatMap((r) =>
    r.outcome.status === 'found' ? r.outcome.breaches.flatMap((b) => b.dataClasses) : [],
  );
  return [...new Set(classes)];
}
