import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { WatchlistEntryView } from '../../contracts/index.ts';
import { useClient } from '../shared/client-context.tsx';
import { requestErrorText } from '../shared/error-text.ts';
import { useT } from '../shared/i18n-context.tsx';
import { Spinner } from '../shared/spinner.tsx';
import { MonitoringLine } from './monitoring-line.tsx';
import { failureOf } from '../shared/failure-of.ts';
import { useResultViews } from './use-result-views.ts';

type Load =
  | { phase: 'loading' }
  | { phase: 'ready'; entries: WatchlistEntryView[] }
  | { phase: 'failed'; text: string };

/** Everything being watched, with the last result of each, and removal. Seeing it acknowledges new findings. */
export function WatchlistView({ homeCountry }: { homeCountry: string | undefined }) {
  const t = useT();
  const client = useClient();
  const [load, setLoad] = useState<Load>({ phase: 'loading' });
  const [status, setStatus] = useState('');
  const [rechecking, setRechecking] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const views = useResultViews();

  const refresh = useCallback(async () => {
    try {
      const { entries } = await client.watchlistList();
      setLoad({ phase: 'ready', entries });
      if (entries.some((e) => e.unseenFindings > 0))
        await client.findingsAcknowledge().catch(() => undefined);
    } catch (error) {
      setLoad({ phase: 'failed', text: requestErrorText(t, failureOf(error).code) });
    }
  }, [client, t]);

  useEffect(() => void refresh(), [refresh]);

  const remove = async (entry: WatchlistEntryView) => {
    try {
      await client.watchlistRemove({ id: entry.id });
      setStatus(t('popup_watch_removed', entry.hint));
      setLoad((current) =>
        current.phase === 'ready'
          ? { phase: 'ready', entries: current.entries.filter((e) => e.id !== entry.id) }
          : current,
      );
      headingRef.current?.focus();
    } catch (error) {
      setStatus(requestErrorText(t, failureOf(error).code));
    }
  };

  const recheck = async () => {
    setRechecking(true);
    setStatus('');
    try {
      const { entries, newFindings } = await client.watchlistRecheck();
      setLoad({ phase: 'ready', entries });
      setStatus(newFindings > 0 ? t('popup_watch_recheck_new') : t('popup_watch_recheck_done'));
    } catch (error) {
      setStatus(requestErrorText(t, failureOf(error).code));
    } finally {
      setRechecking(false);
    }
  };

  return (
    <div class="watchlist-view" aria-busy={load.phase === 'loading' || rechecking}>
      <h2 ref={headingRef} tabIndex={-1}>
        {t('popup_watchlist_heading')}
      </h2>
      <MonitoringLine />
      <p role="status" class="status">
        {rechecking ? <Spinner label={t('popup_watch_rechecking')} /> : status}
      </p>
      {(load.phase === 'loading' || (load.phase === 'ready' && views === undefined)) && (
        <Spinner label={t('common_loading')} />
      )}
      {load.phase === 'failed' && <p class="error">{load.text}</p>}
      {load.phase === 'ready' && load.entries.length === 0 && (
        <div class="empty">
          <p>{t('popup_watchlist_empty')}</p>
          <p class="hint">{t('popup_watchlist_empty_hint')}</p>
        </div>
      )}
      {load.phase === 'ready' && load.entries.length > 0 && views && (
        <>
          <ul class="watch-list">
            {load.entries.map((entry) => (
              <views.WatchlistItem
                key={entry.id}
                entry={entry}
                homeCountry={homeCountry}
                onRemove={() => remove(entry)}
              />
            ))}
          </ul>
          <button type="button" disabled={rechecking} onClick={() => void recheck()}>
            {t('popup_watch_recheck')}
          </button>
        </>
      )}
    </div>
  );
}
