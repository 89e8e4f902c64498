import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { WatchlistEntryView } from '../../contracts/index.ts';
import { BreachList } from '../shared/breach-list.tsx';
import { outcomeErrorText } from '../shared/error-text.ts';
import { formatDateTime } from '../shared/format.ts';
import { GuidanceSteps } from '../shared/guidance-steps.tsx';
import { useT } from '../shared/i18n-context.tsx';
import { kindLabel } from '../shared/kind-labels.ts';
import { watchDataClasses, watchVerdict } from './watch-status.ts';

export interface WatchlistItemProps {
  entry: WatchlistEntryView;
  homeCountry: string | undefined;
  onRemove(): Promise<void>;
}

const snake = (text: string) => text.replaceAll('-', '_');

/** A watched identifier: its masked hint, its last result per source, guidance, and removal (confirmed). */
export function WatchlistItem({ entry, homeCountry, onRemove }: WatchlistItemProps) {
  const t = useT();
  const headingId = useId();
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  const verdict = watchVerdict(entry);
  return (
    <li class={`watch-item watch-${verdict}`} aria-labelledby={headingId}>
      <h3 id={headingId}>
        <span class="mono">{entry.hint}</span> <span class="muted">{kindLabel(t, entry.kind)}</span>
      </h3>
      <p class="verdict">
        {t.dynamic(`popup_watch_verdict_${snake(verdict)}`)}
        {entry.unseenFindings > 0 && <span class="badge new"> {t('popup_watch_new')}</span>}
      </p>
      <p class="hint">
        {entry.lastCheckedAt === undefined
          ? t('popup_watch_never_checked')
          : t('popup_watch_last_checked', formatDateTime(t.language, entry.lastCheckedAt))}
      </p>
      <ul class="watch-sources">
        {entry.results.map((result) => (
          <li key={result.source.id}>
            <strong>{result.source.name}</strong>
            {': '}
            {result.last === undefined
              ? t('popup_watch_verdict_unchecked')
              : t.dynamic(`popup_watch_verdict_${snake(result.last.status)}`)}
            {result.lastError !== undefined && (
              <div class="error">{outcomeErrorText(t, result.lastError.code)}</div>
            )}
            {result.last?.status === 'found' && <BreachList breaches={result.breaches} />}
          </li>
        ))}
      </ul>
      {verdict === 'found' && (
        <details>
          <summary>{t('popup_watch_guidance')}</summary>
          <GuidanceSteps
            findingId={entry.id}
            kind={entry.kind}
            country={entry.country ?? homeCountry}
            dataClasses={watchDataClasses(entry)}
          />
        </details>
      )}
      {confirming ? (
        <div class="panel" role="group" aria-label={t('popup_watch_remove_question', entry.hint)}>
          <p>{t('popup_watch_remove_question', entry.hint)}</p>
          <div class="row">
            <button type="button" class="danger" ref={confirmRef} onClick={() => void onRemove()}>
              {t('popup_watch_remove_confirm')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('common_cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          aria-label={t('common_action_on', t('popup_watch_remove'), entry.hint)}
          onClick={() => setConfirming(true)}
        >
          {t('popup_watch_remove')}
        </button>
      )}
    </li>
  );
}
