import { useEffect, useId, useRef } from 'preact/hooks';
import type { SourceView } from '../../contracts/index.ts';
import { BreachList } from '../shared/breach-list.tsx';
import { useT } from '../shared/i18n-context.tsx';
import { SourceFacts, addressesShown } from './source-facts.tsx';
import { SourceOverlapWarning } from './source-warnings.tsx';

export interface SourcePreviewProps {
  preview: SourceView;
  alreadyAdded: boolean;
  busy: boolean;
  /** Click handler: asks for the host permission synchronously, then adds. */
  add(): void;
  cancel(): void;
}

/** What a source says about itself, shown before anything is trusted or saved. */
export function SourcePreview({ preview, alreadyAdded, busy, add, cancel }: SourcePreviewProps) {
  const t = useT();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [preview.id]);
  return (
    <section class="panel preview" aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('options_preview_heading', preview.name)}
      </h3>
      <SourceOverlapWarning source={preview} />
      <SourceFacts source={preview} />
      <h4>{t('options_source_breaches')}</h4>
      <BreachList breaches={preview.breaches} />
      {preview.origins.length > 0 && <p>{t('options_preview_hosts', addressesShown(preview))}</p>}
      {alreadyAdded && <p class="hint">{t('options_preview_already_added')}</p>}
      <div class="row">
        {!alreadyAdded && (
          <button type="button" class="primary" disabled={busy} onClick={add}>
            {t('options_preview_add')}
          </button>
        )}
        <button type="button" onClick={cancel}>
          {t('common_cancel')}
        </button>
      </div>
    </section>
  );
}
