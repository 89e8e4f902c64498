import { useId } from 'preact/hooks';
import type { SourceResult, SourceSummary } from '../../contracts/index.ts';
import { BreachList } from '../shared/breach-list.tsx';
import { outcomeErrorText } from '../shared/error-text.ts';
import { ExternalLink } from '../shared/external-link.tsx';
import { formatDate, formatNumber } from '../shared/format.ts';
import { useT } from '../shared/i18n-context.tsx';
import { pluralKey } from '../shared/plural.ts';
import { isSightingCount } from './verdict-of-report.ts';

export interface ResultCardProps {
  result: SourceResult;
  onRetry(): void;
}

const ICONS = { found: '!', 'not-found': '✓', error: '?' } as const;

/** Who the answer is credited to: a built-in source's publisher, or the host a custom source came from. */
function creditName(source: SourceSummary): string {
  return source.builtIn ? source.publisher : (source.addedFrom ?? source.publisher);
}

/**
 * "by Have I Been Pwned" (linked: Pwned Passwords data is CC BY 4.0) for built-in sources. A source the
 * person added is labelled as theirs, from its host: its source.json may name any publisher, so that claim
 * is never shown as the credit.
 */
function SourceCredit({ source }: { source: SourceSummary }) {
  const t = useT();
  if (!source.builtIn)
    return (
      <span class="muted publisher">
        {t('popup_result_added_by_you', source.addedFrom ?? t('popup_result_unknown_host'))}
      </span>
    );
  const credit = t('popup_result_publisher', source.publisher);
  return (
    <span class="muted publisher">
      {source.homepage === undefined ? credit : <ExternalLink href={source.homepage}>{credit}</ExternalLink>}
    </span>
  );
}

/** One source's answer. "Couldn't check" is its own state and never reads as "not found". */
export function ResultCard({ result, onRetry }: ResultCardProps) {
  const t = useT();
  const headingId = useId();
  const { source, outcome } = result;
  const asOf = t('popup_result_as_of', source.name, formatDate(t.language, source.updated));
  return (
    <article class={`result result-${outcome.status}`} aria-labelledby={headingId}>
      <h3 id={headingId}>
        {source.name} <SourceCredit source={source} />
      </h3>
      <p class="verdict">
        <span class="verdict-icon" aria-hidden="true">
          {ICONS[outcome.status]}
        </span>{' '}
        {outcome.status === 'found' && t('popup_result_found')}
        {outcome.status === 'not-found' && t('popup_result_not_found')}
        {outcome.status === 'error' && t('popup_result_error')}
      </p>
      {outcome.status === 'found' &&
        (isSightingCount(outcome) ? (
          // A password list counts sightings; its one "breach" is the list itself, not a breach of its
          // collector, so no organisation or date is shown as if it were.
          <>
            <p>
              {t.dynamic(
                pluralKey(t, 'popup_verdict_password_seen', outcome.count),
                formatNumber(t.language, outcome.count),
                creditName(source),
              )}
            </p>
            <p class="hint">{asOf}</p>
          </>
        ) : (
          <>
            <p>{t('popup_result_breach_count', formatNumber(t.language, outcome.count))}</p>
            <BreachList breaches={outcome.breaches} />
            <p class="hint">{asOf}</p>
          </>
        ))}
      {outcome.status === 'not-found' && (
        <>
          <p class="hint">{asOf}</p>
          <p class="hint">{t('popup_result_not_found_reminder')}</p>
        </>
      )}
      {outcome.status === 'error' && (
        <>
          <p>{outcomeErrorText(t, outcome.code)}</p>
          {outcome.retryAfterSeconds !== undefined && (
            <p class="hint">
              {t(
                'popup_result_retry_after',
                formatNumber(t.language, Math.ceil(outcome.retryAfterSeconds / 60)),
              )}
            </p>
          )}
          <button
            type="button"
            aria-label={t('common_action_on', t('popup_retry'), source.name)}
            onClick={onRetry}
          >
            {t('popup_retry')}
          </button>
        </>
      )}
    </article>
  );
}
