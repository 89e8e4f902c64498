import { useState } from 'preact/hooks';
import { useClient } from '../shared/client-context.tsx';
import { requestErrorText } from '../shared/error-text.ts';
import { failureOf } from '../shared/failure-of.ts';
import { formatNumber } from '../shared/format.ts';
import { useT } from '../shared/i18n-context.tsx';
import { useOptionsServices } from './options-services.tsx';

/**
 * Downloads everything stored as one JSON file. The hint says plainly that its hashes can be tested
 * offline, and watched passwords (a bare SHA-1) are left out unless the person wants them in.
 */
export function ExportData({ report }: { report(text: string): void }) {
  const t = useT();
  const client = useClient();
  const { saveFile } = useOptionsServices();
  const [leaveOutPasswords, setLeaveOutPasswords] = useState(true);
  const exportAll = async () => {
    try {
      const { file, passwordsLeftOut } = await client.dataExport({ leaveOutPasswords });
      saveFile(`exposure-check-${file.exportedAt.slice(0, 10)}.json`, `${JSON.stringify(file, null, 2)}\n`);
      const done = t(
        'options_export_done',
        formatNumber(t.language, file.watchlist.length),
        formatNumber(t.language, file.history.length),
        formatNumber(t.language, file.guidance.length),
      );
      report(
        passwordsLeftOut === 0
          ? done
          : `${done} ${t('options_export_passwords_left_out', formatNumber(t.language, passwordsLeftOut))}`,
      );
    } catch (error) {
      report(requestErrorText(t, failureOf(error).code));
    }
  };
  return (
    <div class="data-action">
      <p class="hint">{t('options_export_hint')}</p>
      <label class="check-row">
        <input
          type="checkbox"
          checked={leaveOutPasswords}
          onChange={(e) => setLeaveOutPasswords(e.currentTarget.checked)}
        />
        <span>{t('options_export_leave_out_passwords')}</span>
      </label>
      <button type="button" onClick={() => void exportAll()}>
        {t('options_export')}
      </button>
    </div>
  );
}
