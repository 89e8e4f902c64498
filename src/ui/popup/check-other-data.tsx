import type { AlongsideKind } from '../../core/guidance/index.ts';
import { useT } from '../shared/i18n-context.tsx';
import { kindName } from '../shared/kind-labels.ts';

export interface CheckOtherDataProps {
  kinds: readonly AlongsideKind[];
  onCheck(kind: AlongsideKind): void;
}

/** The breach also exposed emails or phone numbers: the person can check theirs in one tap. */
export function CheckOtherData({ kinds, onCheck }: CheckOtherDataProps) {
  const t = useT();
  if (kinds.length === 0) return null;
  return (
    <div class="check-other panel">
      <p>{t('popup_other_data_intro')}</p>
      <div class="row">
        {kinds.map((kind) => (
          <button key={kind} type="button" onClick={() => onCheck(kind)}>
            {t('popup_other_data_check', kindName(t, kind))}
          </button>
        ))}
      </div>
    </div>
  );
}
