import { useCallback, useState } from 'preact/hooks';
import { sourceUrlSchema, type SourceView } from '../../contracts/index.ts';
import { addressesFor, originPatternsFor } from '../../platform/host-permissions.ts';
import { useClient } from '../shared/client-context.tsx';
import { requestErrorText } from '../shared/error-text.ts';
import { failureOf } from '../shared/failure-of.ts';
import { useT } from '../shared/i18n-context.tsx';
import { useOptionsServices } from './options-services.tsx';

export interface AddSourceState {
  url: string;
  setUrl(url: string): void;
  error: string;
  busy: boolean;
  preview: { view: SourceView; alreadyAdded: boolean } | null;
  /** Set when the source.json could not be fetched without a host permission. */
  permissionFor: string[] | null;
  showPreview(url?: string): Promise<void>;
  /** Click handlers: each asks for host permission synchronously before anything else. */
  allowAndPreview(): void;
  add(): void;
  cancel(): void;
}

/**
 * Add a custom source in two steps: preview (fetch and validate, nothing saved), then on the user's click
 * ask for the hosts it needs and add it. Only https, or plain http on this machine, is accepted.
 */
export function useAddSource(initialUrl: string, onAdded: (source: SourceView) => void): AddSourceState {
  const t = useT();
  const client = useClient();
  const { hostPermissions } = useOptionsServices();
  const [url, setUrl] = useState(initialUrl);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState<AddSourceState['preview']>(null);
  const [permissionFor, setPermissionFor] = useState<string[] | null>(null);

  const explain = useCallback(
    (failure: unknown, target: string) => {
      const { code, message } = failureOf(failure);
      if (code === 'permission-missing') {
        setPermissionFor(originPatternsFor([target]));
        return t('options_preview_needs_permission', addressesFor([target]).join(', '));
      }
      // The background's reasons for a bad source are specific sentences; they are shown as written.
      if (code === 'source-invalid' && message !== '') return `${t('options_preview_failed')} ${message}`;
      return requestErrorText(t, code);
    },
    [t],
  );

  const showPreview = useCallback(
    async (target: string = url) => {
      setPreview(null);
      setPermissionFor(null);
      const trimmed = target.trim();
      if (!sourceUrlSchema.safeParse(trimmed).success) {
        setError(t('options_source_url_invalid'));
        return;
      }
      setError('');
      setBusy(true);
      try {
        const { preview: view, alreadyAdded } = await client.sourcesPreview({ url: trimmed });
        setPreview({ view, alreadyAdded });
      } catch (failure) {
        setError(explain(failure, trimmed));
      } finally {
        setBusy(false);
      }
    },
    [client, explain, t, url],
  );

  const allowAndPreview = () => {
    if (permissionFor === null) return;
    const granted = hostPermissions.request(permissionFor);
    void granted.then((ok) => (ok ? showPreview() : setError(t('options_permission_denied'))));
  };

  const add = () => {
    if (preview === null) return;
    const target = url.trim();
    const granted = hostPermissions.request(preview.view.origins);
    setBusy(true);
    void (async () => {
      try {
        if (!(await granted)) {
          setError(t('options_permission_denied'));
          return;
        }
        const { source } = await client.sourcesAdd({ url: target });
        setPreview(null);
        setUrl('');
        setError('');
        onAdded(source);
      } catch (failure) {
        setError(explain(failure, target));
      } finally {
        setBusy(false);
      }
    })();
  };

  const cancel = () => {
    setPreview(null);
    setPermissionFor(null);
    setError('');
  };

  return { url, setUrl, error, busy, preview, permissionFor, showPreview, allowAndPreview, add, cancel };
}
