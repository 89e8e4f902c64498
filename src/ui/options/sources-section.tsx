import { useCallback, useEffect, useId, useState } from 'preact/hooks';
import type { SourceView } from '../../contracts/index.ts';
import { useClient } from '../shared/client-context.tsx';
import { requestErrorText } from '../shared/error-text.ts';
import { failureOf } from '../shared/failure-of.ts';
import { useT } from '../shared/i18n-context.tsx';
import { AddSourceForm } from './add-source-form.tsx';
import { useOptionsServices } from './options-services.tsx';
import { SourceItem } from './source-item.tsx';

/** Built-in and custom sources: switch each on or off, add one by URL, remove a custom one. */
export function SourcesSection({ addSourceUrl, reloadKey }: { addSourceUrl: string; reloadKey: number }) {
  const t = useT();
  const client = useClient();
  const { hostPermissions } = useOptionsServices();
  const headingId = useId();
  const [sources, setSources] = useState<SourceView[]>([]);
  const [status, setStatus] = useState('');

  const refresh = useCallback(async () => {
    try {
      setSources((await client.sourcesList()).sources);
    } catch (error) {
      setStatus(requestErrorText(t, failureOf(error).code));
    }
  }, [client, t]);
  useEffect(() => void refresh(), [refresh, reloadKey]);

  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      setStatus(done);
    } catch (error) {
      setStatus(requestErrorText(t, failureOf(error).code));
    }
    await refresh();
  };

  const allowAccess = (source: SourceView) => {
    const granted = hostPermissions.request(source.origins);
    void granted.then(async (ok) => {
      setStatus(ok ? t('options_permission_granted', source.name) : t('options_permission_denied'));
      await refresh();
    });
  };

  const confirmChange = (source: SourceView) => {
    const granted = hostPermissions.request(source.pendingChange?.origins ?? []);
    void granted.then((ok) =>
      ok
        ? run(
            () => client.sourcesConfirmChange({ id: source.id }),
            t('options_pending_confirmed', source.name),
          )
        : setStatus(t('options_permission_denied')),
    );
  };

  return (
    <section id="sources" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('options_sources_heading')}</h2>
      <p class="hint">{t('options_sources_intro')}</p>
      <p role="status" class="status">
        {status}
      </p>
      <ul class="source-list">
        {sources.map((source) => (
          <SourceItem
            key={source.id}
            source={source}
            setEnabled={(enabled) =>
              void run(
                () => client.sourcesSetEnabled({ id: source.id, enabled }),
                t(enabled ? 'options_source_enabled_status' : 'options_source_disabled_status', source.name),
              )
            }
            remove={() =>
              void run(
                () => client.sourcesRemove({ id: source.id }),
                t('options_source_removed', source.name),
              )
            }
            allowAccess={() => allowAccess(source)}
            confirmChange={() => confirmChange(source)}
          />
        ))}
      </ul>
      <AddSourceForm
        initialUrl={addSourceUrl}
        onAdded={(source) => {
          setStatus(t('options_source_added', source.name));
          void refresh();
        }}
      />
    </section>
  );
}
