import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { useClient } from '../shared/client-context.tsx';
import { requestErrorText } from '../shared/error-text.ts';
import { failureOf } from '../shared/failure-of.ts';
import { formatNumber } from '../shared/format.ts';
import { useT } from '../shared/i18n-context.tsx';

export interface DeleteAllProps {
  report(text: string): void;
  onDeleted(): void;
}

/** Deletes everything, after a confirmation that says exactly what will go. */
export function DeleteAll({ report, onDeleted }: DeleteAllProps) {
  const t = useT();
  const client = useClient();
  const titleId = useId();
  const [counts, setCounts] = useState<{ watchlist: number; history: number } | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (counts !== null) confirmRef.current?.focus();
  }, [counts]);

  const ask = async () => {
    const [watchlist, history] = await Promise.all([
      client.watchlistList().then(
        (r) => r.entries.length,
        () => 0,
      ),
      client.historyList({ limit: 500 }).then(
        (r) => r.records.length,
        () => 0,
      ),
    ]);
    setCounts({ watchlist, history });
  };

  const confirm = async () => {
    try {
      await client.dataDeleteAll();
      setCounts(null);
      report(t('options_delete_done'));
      onDeleted();
    } catch (error) {
      report(requestErrorText(t, failureOf(error).code));
    }
  };

  if (counts === null) {
    return (
      <div class="data-action">
        <button type="button" class="danger" onClick={() => void ask()}>
          {t('options_delete')}
        </button>
      </div>
    );
  }
  return (
    <div class="panel warn" role="group" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('options_delete_question')}</h3>
      <ul>
        <li>{t('options_delete_item_settings')}</li>
        <li>{t('options_delete_item_watchlist', formatNumber(t.language, counts.watchlist))}</li>
        <li>{t('options_delete_item_history', formatNumber(t.language, counts.history))}</li>
        <li>{t('options_delete_item_guidance')}</li>
        <li>{t('options_delete_item_monitoring')}</li>
      </ul>
      <p>{t('options_delete_warning')}</p>
      <div class="row">
        <button type="button" class="danger" ref={confirmRef} onClick={() => void confirm()}>
          {t('options_delete_confirm')}
        </button>
        <button type="button" onClick={() => setCounts(null)}>
          {t('common_cancel')}
        </button>
      </div>
    </div>
  );
}
