import { useEffect, useId } from 'preact/hooks';
import type { SourceView } from '../../contracts/index.ts';
import { useT } from '../shared/i18n-context.tsx';
import { Spinner } from '../shared/spinner.tsx';
import { SourcePreview } from './source-preview.tsx';
import { useAddSource } from './use-add-source.ts';

export interface AddSourceFormProps {
  /** Pre-filled from `#add-source=<url>`: previewed at once, added only on the user's click. */
  initialUrl: string;
  onAdded(source: SourceView): void;
}

/** The URL of a source.json, its preview, and the button that asks for access and adds it. */
export function AddSourceForm({ initialUrl, onAdded }: AddSourceFormProps) {
  const t = useT();
  const ids = { heading: useId(), url: useId(), hint: useId(), error: useId() };
  const state = useAddSource(initialUrl, onAdded);
  const { showPreview } = state;

  useEffect(() => {
    if (initialUrl !== '') {
      state.setUrl(initialUrl);
      void showPreview(initialUrl);
    }
    // Only when the fragment changes, not on every keystroke.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [initialUrl]);

  return (
    <section class="add-source" aria-labelledby={ids.heading}>
      <h3 id={ids.heading}>{t('options_add_source_heading')}</h3>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void showPreview();
        }}
      >
        <div class="field">
          <label for={ids.url}>{t('options_add_source_label')}</label>
          <input
            id={ids.url}
            type="url"
            value={state.url}
            autocomplete="off"
            spellcheck={false}
            aria-invalid={state.error !== ''}
            aria-describedby={`${ids.hint} ${ids.error}`}
            onInput={(e) => state.setUrl(e.currentTarget.value)}
          />
          <p id={ids.hint} class="hint">
            {t('options_add_source_hint')}
          </p>
        </div>
        <p id={ids.error} class="error" role="alert">
          {state.error}
        </p>
        {state.permissionFor !== null && (
          <button type="button" onClick={state.allowAndPreview}>
            {t('options_preview_allow')}
          </button>
        )}
        <div class="row">
          <button type="submit" disabled={state.busy}>
            {t('options_add_source_preview')}
          </button>
          <span aria-live="polite">{state.busy && <Spinner label={t('common_loading')} />}</span>
        </div>
      </form>
      {state.preview !== null && (
        <SourcePreview
          preview={state.preview.view}
          alreadyAdded={state.preview.alreadyAdded}
          busy={state.busy}
          add={state.add}
          cancel={state.cancel}
        />
      )}
    </section>
  );
}
