import { useId, useState } from 'preact/hooks';
import type { ImportPreview } from '../../contracts/index.ts';
import { useClient } from '../shared/client-context.tsx';
import { requestErrorText } from '../shared/error-text.ts';
import { failureOf } from '../shared/failure-of.ts';
import { formatNumber } from '../shared/format.ts';
import { useT } from '../shared/i18n-context.tsx';
import { ImportPreviewPanel } from './import-preview.tsx';

export interface ImportDataProps {
  report(text: string): void;
  /** Settings and sources may have changed: the page reloads them. */
  onImported(): void;
}

/**
 * Reads a file the person picks, lets the background validate it whole and list what it would change,
 * and imports only after the person confirms that list. Sources in the file arrive switched off.
 */
export function ImportData({ report, onImported }: ImportDataProps) {
  const t = useT();
  const client = useClient();
  const ids = { input: useId(), hint: useId() };
  const [pending, setPending] = useState<{ file: unknown; preview: ImportPreview } | null>(null);

  const failed = (error: unknown) => {
    const { code, message } = failureOf(error);
    // The background names where the file is wrong, in English: shown as written where that is the
    // page's language, and as the translated sentence elsewhere.
    const english = t.language.toLowerCase().startsWith('en');
    report(code === 'import-invalid' && message !== '' && english ? message : requestErrorText(t, code));
  };

  const confirm = async () => {
    if (pending === null) return;
    setPending(null);
    try {
      const { imported, sourcesAdded } = await client.dataImport({
        file: pending.file,
        confirmedChanges: pending.preview.token,
      });
      const done = t(
        'options_import_done',
        formatNumber(t.language, imported.watchlist),
        formatNumber(t.language, imported.history),
        formatNumber(t.language, imported.guidance),
      );
      report(
        sourcesAdded === 0
          ? done
          : `${done} ${t('options_import_done_sources', formatNumber(t.language, sourcesAdded))}`,
      );
      onImported();
    } catch (error) {
      failed(error);
    }
  };

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
      const { preview } = await client.dataPreviewImport({ file: json });
      report('');
      setPending({ file: json, preview });
    } catch (error) {
      failed(error);
    }
  };

  if (pending !== null) {
    return (
      <ImportPreviewPanel
        preview={pending.preview}
        onConfirm={() => void confirm()}
        onCancel={() => setPending(null)}
      />
    );
  }

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
