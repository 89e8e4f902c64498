import type { SourceView } from '../../contracts/index.ts';
import { formatDateTime, formatList } from '../shared/format.ts';
import { useT } from '../shared/i18n-context.tsx';
import { kindLabel } from '../shared/kind-labels.ts';
import { addressesShown } from './source-facts.tsx';

const snake = (text: string) => text.replaceAll('-', '_');

/**
 * Sources from the same publisher or host covering the same kind: each has its own salt, so one party
 * would receive two different prefixes of one identifier. Shown on the settings page and in the preview.
 */
export function SourceOverlapWarning({ source }: { source: SourceView }) {
  const t = useT();
  if (source.overlaps === undefined || source.overlaps.length === 0) return null;
  return (
    <div class="panel warn" role="note">
      {source.overlaps.map((overlap) => (
        <p key={overlap.id}>
          {t(
            overlap.sharedBy === 'publisher' ? 'options_overlap_publisher' : 'options_overlap_host',
            overlap.name,
            formatList(
              t.language,
              overlap.kinds.map((kind) => kindLabel(t, kind)),
            ),
          )}
        </p>
      ))}
    </div>
  );
}

export interface SourcePendingChangeProps {
  source: SourceView;
  /** Click handler: asks for any new host synchronously, then confirms. */
  confirm(): void;
}

/**
 * A newer source.json that changes how keys are made (salt, prefix length, key, addresses, kinds). The
 * source is not checked until the person confirms it here, as when it was first added.
 */
export function SourcePendingChange({ source, confirm }: SourcePendingChangeProps) {
  const t = useT();
  const pending = source.pendingChange;
  if (pending === undefined) return null;
  const changes = formatList(
    t.language,
    pending.changes.map((c) => t.dynamic(`options_key_change_${snake(c)}`)),
  );
  return (
    <div class="panel warn">
      <p>
        <strong>{t('options_pending_heading')}</strong>
      </p>
      <p>{t('options_pending_text', changes, formatDateTime(t.language, pending.seenAt))}</p>
      <p>
        {t(
          'options_pending_kinds',
          formatList(
            t.language,
            pending.kinds.map((k) => kindLabel(t, k)),
          ),
        )}
      </p>
      {pending.changes.some((c) => c === 'range-url' || c === 'evaluate-url') && (
        <p>{t('options_pending_hosts', addressesShown(pending))}</p>
      )}
      <button type="button" onClick={confirm}>
        {t('options_pending_confirm')}
      </button>
    </div>
  );
}
