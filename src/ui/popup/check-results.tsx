import type { CheckReport } from '../../contracts/index.ts';
import { GuidanceSteps } from '../shared/guidance-steps.tsx';
import { KnownIncidentsBelowResults, NotCheckableAnswer } from '../shared/not-checkable-answer.tsx';
import { useT } from '../shared/i18n-context.tsx';
import { kindLabel } from '../shared/kind-labels.ts';
import { foundDataClasses } from './check-summary.ts';
import { ResultCard } from './result-card.tsx';
import { WatchThis } from './watch-this.tsx';

export interface CheckResultsProps {
  report: CheckReport;
  /** The user's first country, for email, phone and password guidance. */
  homeCountry: string | undefined;
  onRetry(): void;
  watch(monitorPassword: boolean): Promise<void>;
  onShowWatchlist(): void;
}

/** Every source's answer, the offer to keep watching, then (when found) what to do. */
export function CheckResults(props: CheckResultsProps) {
  const t = useT();
  const { report } = props;
  const dataClasses = foundDataClasses(report);
  const found = report.results.some((r) => r.outcome.status === 'found');
  if (report.coverage === 'not-checkable') {
    // Nothing was compared: no source cards and no "watch this", but what is known and what to do.
    return (
      <div class="results">
        <h2>{t('popup_results_heading', report.hint)}</h2>
        <NotCheckableAnswer report={report} homeCountry={props.homeCountry} />
      </div>
    );
  }
  return (
    <div class="results">
      <h2>{t('popup_results_heading', report.hint)}</h2>
      <p class="hint">{kindLabel(t, report.kind)}</p>
      {report.results.map((result) => (
        <ResultCard key={result.source.id} result={result} onRetry={props.onRetry} />
      ))}
      <WatchThis
        key={report.checkId}
        kind={report.kind}
        hint={report.hint}
        watch={props.watch}
        onShowWatchlist={props.onShowWatchlist}
      />
      {found && (
        <GuidanceSteps
          findingId={report.checkId}
          kind={report.kind}
          country={report.country ?? props.homeCountry}
          dataClasses={dataClasses}
        />
      )}
      <KnownIncidentsBelowResults report={report} homeCountry={props.homeCountry} />
    </div>
  );
}
