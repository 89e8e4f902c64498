import { useId } from 'preact/hooks';
import type { SourceView } from '../../contracts/index.ts';
import { BreachList } from '../shared/breach-list.tsx';
import { ConfirmedRemove } from '../shared/confirmed-remove.tsx';
import { useT } from '../shared/i18n-context.tsx';
import { SourceFacts, addressesShown } from './source-facts.tsx';
import { SourceOverlapWarning, SourcePendingChange } from './source-warnings.tsx';

export interface SourceItemProps {
  source: SourceView;
  setEnabled(enabled: boolean): void;
  /** Custom sources only. */
  remove(): void;
  /** Must call the permission prompt synchronously: it is a click handler. */
  allowAccess(): void;
  /** Adopts a pending change; also a click handler that may ask for new hosts. */
  confirmChange(): void;
}

/** One configured source: on/off, its facts and breaches, a missing permission, and removal (custom only). */
export function SourceItem({ source, setEnabled, remove, allowAccess, confirmChange }: SourceItemProps) {
  const t = useT();
  const headingId = useId();
  return (
    <li class="source" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {source.name}{' '}
        <span class="badge">
          {source.builtIn ? t('options_source_built_in') : t('options_source_custom')}
        </span>
      </h3>
      <label class="check-row">
        <input
          type="checkbox"
          checked={source.enabled}
          aria-label={t('common_action_on', t('options_source_enabled'), source.name)}
          onChange={(e) => setEnabled(e.currentTarget.checked)}
        />
        <span>{t('options_source_enabled')}</span>
      </label>
      <SourcePendingChange source={source} confirm={confirmChange} />
      <SourceOverlapWarning source={source} />
      <SourceFacts source={source} />
      <details>
        <summary>{t('options_source_breaches')}</summary>
        <BreachList breaches={source.breaches} />
      </details>
      {!source.permissionGranted && (
        <div class="panel warn">
          <p>{t('options_source_permission_missing', addressesShown(source))}</p>
          <button type="button" onClick={allowAccess}>
            {t('options_source_allow')}
          </button>
        </div>
      )}
      {!source.builtIn && (
        <ConfirmedRemove
          label={t('options_source_remove')}
          target={source.name}
          question={t('options_source_remove_question', source.name)}
          confirmLabel={t('options_source_remove_confirm')}
          onConfirm={remove}
        />
      )}
    </li>
  );
}
