import { useId } from 'preact/hooks';
import type { SourceResult } from '../../contracts/index.ts';
import { BreachList } from '../shared/breach-list.tsx';
import { outcomeErrorText } from '../shared/error-text.ts';
import { ExternalLink } from '../shared/external-link.tsx';
import { formatDate, formatNumber } from '../shared/format.ts';
import { useT } from '../shared/i18n-context.tsx';

export interface ResultCardProps {
  result: SourceResult;
  onRetry(): void;
}

const ICONS = { found: '!', 'not-found': '✓', error: '?' } as const;

/** One source's answer. "Couldn't check" is its own state and never reads as "not found". */
export function ResultCard({ result, onRetry }: ResultCardProps) {
  const t = useT();
  const headingId = useId();
  const { source, outcome } = result;
  const asOf = t('popup_result_as_of', source.name, formatDate(t.language, source.updated));
  return (
    <article class={`result result-${outcome.status}`} aria-labelledby={headingId}>
      <h3 id={headingId}>
        {source.name}{' '}
        <span class="muted publisher">
          {source.homepage === undefined ? (
            t('popup_result_publisher', source.publisher)
          ) : (
            // Credits the publisher (Pwned Passwords data is CC BY 4.0) and says where to read more.
            <ExternalLink href={source.homepage}>
              {t('popup_result_publisher', source.publisher)}
            </ExternalLink>
          )}
        </span>
      </h3>
      <p class="verdict">
        <span class="verdict-icon" aria-hidden="true">
          {ICONS[outcome.status]}
        </span>{' '}
        {outcome.status === 'found' && t('popup_result_found')}
        {outcome.status === 'not-found' && t('popup_result_not_found')}
        {outcome.status === 'error' && t('popup_result_error')}
      </p>
      {outcome.status === 'found' && (
        <>
          {/* A password list counts sightings; a breach list counts the breaches that matched. */}
          <p>
            {outcome.count > outcome.breaches.length
              ? t('popup_result_times_seen', formatNumber(t.language, outcome.count))
              : t('popup_result_breach_count', formatNumber(t.language, outcome.count))}
          </p>
          <BreachList breaches={outcome.breaches} />
          <p class="hint">{asOf}</p>
        </>
      )}
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
