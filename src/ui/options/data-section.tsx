import { useId, useState } from 'preact/hooks';
import { useT } from '../shared/i18n-context.tsx';
import { DeleteAll } from './delete-all.tsx';
import { ExportData } from './export-data.tsx';
import { ImportData } from './import-data.tsx';

/** Export, import and delete everything, with one status line for what just happened. */
export function DataSection({ onChanged }: { onChanged(): void }) {
  const t = useT();
  const headingId = useId();
  const [status, setStatus] = useState('');
  return (
    <section id="data" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('options_data_heading')}</h2>
      <p class="hint">{t('options_data_intro')}</p>
      <p role="status" class="status">
        {status}
      </p>
      <ExportData report={setStatus} />
      <ImportData report={setStatus} onImported={onChanged} />
      <DeleteAll report={setStatus} onDeleted={onChanged} />
    </section>
  );
}
