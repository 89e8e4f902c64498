import type { Ref } from 'preact';
import { verdictOf, type CheckReport } from '../../contracts/index.ts';
import { otherCheckableKinds, type AlongsideKind } from '../../core/guidance/index.ts';
import type { IdentifierKind } from '../../core/identifiers/index.ts';
import { GuidanceSteps } from '../shared/guidance-steps.tsx';
import { KnownIncidentsBelowResults, NotCheckableAnswer } from '../shared/not-checkable-answer.tsx';
import { useT } from '../shared/i18n-context.tsx';
import { CheckAsLine } from './check-as-line.tsx';
import { CheckOtherData } from './check-other-data.tsx';
import { foundDataClasses } from './check-summary.ts';
import { ResultCard } from './result-card.tsx';
import { VerdictBanner } from './verdict-banner.tsx';
import { WatchThis } from './watch-this.tsx';

export interface CheckResultsProps {
  report: CheckReport;
  /** The person's first country, for email, phone and password guidance. */
  homeCountry: string | undefined;
  /** Other kinds the checked input is valid as ("check as … instead"). */
  alternatives: readonly IdentifierKind[];
  bannerRef?: Ref<HTMLDivElement>;
  onRetry(): void;
  onCheckAs(kind: IdentifierKind): void;
  onCheckOther(kind: AlongsideKind): void;
  watch(monitorPassword: boolean): Promise<void>;
  onShowWatchlist(): void;
}

/**
 * The answer, first screen first: the verdict and what it was checked as, then the first thing to do
 * (the guidance when found, "watch this" when not found, Retry when a source failed), then the
 * per-source cards with the detail.
 */
export function CheckResults(props: CheckResultsProps) {
  const t = useT();
  const { report } = props;
  const verdict = verdictOf(report);
  const dataClasses = foundDataClasses(report);
  const country = report.country ?? props.homeCountry;
  const watchThis = (
    <WatchThis
      key={report.checkId}
      kind={report.kind}
      hint={report.hint}
      watch={props.watch}
      onShowWatchlist={props.onShowWatchlist}
    />
  );
  return (
    <div class="results">
      <VerdictBanner report={report} verdict={verdict} focusRef={props.bannerRef} />
      <CheckAsLine kind={report.kind} alternatives={props.alternatives} onCheckAs={props.onCheckAs} />
      {verdict === 'not-checkable' && (
        // Nothing was compared: no source cards and no "watch this", but the steps that protect anyone
        // holding this kind now, then the known leaks with a "were you there?" choice each.
        <NotCheckableAnswer report={report} homeCountry={props.homeCountry} underVerdict />
      )}
      {verdict === 'found' && (
        <>
          <GuidanceSteps
            findingId={report.checkId}
            kind={report.kind}
            country={country}
            dataClasses={dataClasses}
          />
          <CheckOtherData
            kinds={otherCheckableKinds(report.kind, dataClasses)}
            onCheck={props.onCheckOther}
          />
        </>
      )}
      {verdict === 'not-found' && <div class="first-step">{watchThis}</div>}
      {verdict === 'error' && (
        <div class="first-step">
          <button type="button" class="primary" onClick={props.onRetry}>
            {t('popup_retry')}
          </button>
          <p class="hint">{t('popup_verdict_error_next')}</p>
        </div>
      )}
      {report.results.map((result) => (
        <ResultCard key={result.source.id} result={result} onRetry={props.onRetry} />
      ))}
      {verdict !== 'not-found' && verdict !== 'not-checkable' && watchThis}
      {verdict !== 'not-checkable' && (
        <KnownIncidentsBelowResults report={report} homeCountry={props.homeCountry} />
      )}
    </div>
  );
}
