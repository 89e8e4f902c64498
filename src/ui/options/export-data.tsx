import { useClient } from '../shared/client-context.tsx';
import { requestErrorText } from '../shared/error-text.ts';
import { failureOf } from '../shared/failure-of.ts';
import { formatNumber } from '../shared/format.ts';
import { useT } from '../shared/i18n-context.tsx';
import { useOptionsServices } from './options-services.tsx';

/** Downloads everything stored as one JSON file (masked hints and hashes, never identifiers or the API key). */
export function ExportData({ report }: { report(text: string): void }) {
  const t = useT();
  const client = useClient();
  const { saveFile } = useOptionsServices();
  const exportAll = async () => {
    try {
      const { file } = await client.dataExport();
      saveFile(`exposure-check-${file.exportedAt.slice(0, 10)}.json`, `${JSON.stringify(file, null, 2)}\n`);
      report(
        t(
          'options_export_done',
          formatNumber(t.language, file.watchlist.length),
          formatNumber(t.language, file.history.length),
          formatNumber(t.language, file.guidance.length),
        ),
      );
    } catch (error) {
      report(requestErrorText(t, failureOf(error).code));
    }
  };
  return (
    <div class="data-action">
      <button type="button" onClick={() => void exportAll()}>
        {t('options_export')}
      </button>
      <p class="hint">{t('options_export_hint')}</p>
    </div>
  );
}
