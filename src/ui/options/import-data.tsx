import { useId } from 'preact/hooks';
import { useClient } from '../shared/client-context.tsx';
import { requestErrorText } from '../shared/error-text.ts';
import { failureOf } from '../shared/failure-of.ts';
import { formatNumber } from '../shared/format.ts';
import { useT } from '../shared/i18n-context.tsx';

export interface ImportDataProps {
  report(text: string): void;
  /** Settings and sources may have changed: the page reloads them. */
  onImported(): void;
}

/** Reads a file the user picks, lets the background validate it whole, and says what was imported. */
export function ImportData({ report, onImported }: ImportDataProps) {
  const t = useT();
  const client = useClient();
  const ids = { input: useId(), hint: useId() };

  const importFile = async (input: HTMLInputElement) => {
    const picked = input.files?.[0];
    input.value = '';
    if (picked === undefined) return;
    let json: unknown;
    try {
      json = JSON.parse(await picked.text());
    } catch {
      report(t('options_import_not_json'));
      return;
    }
    try {
      const { imported } = await client.dataImport({ file: json });
      report(
        t(
          'options_import_done',
          formatNumber(t.language, imported.watchlist),
          formatNumber(t.language, imported.history),
          formatNumber(t.language, imported.guidance),
        ),
      );
      onImported();
    } catch (error) {
      const { code, message } = failureOf(error);
      // The background names where the file is wrong, in English: shown as written where that is the
      // page's language, and as the translated sentence elsewhere.
      const english = t.language.toLowerCase().startsWith('en');
      report(code === 'import-invalid' && message !== '' && english ? message : requestErrorText(t, code));
    }
  };

  return (
    <div class="data-action field">
      <label for={ids.input}>{t('options_import_label')}</label>
      <input
        id={ids.input}
        type="file"
        accept="application/json,.json"
        aria-describedby={ids.hint}
        onChange={(e) => void importFile(e.currentTarget)}
      />
      <p id={ids.hint} class="hint">
        {t('options_import_hint')}
      </p>
    </div>
  );
}
