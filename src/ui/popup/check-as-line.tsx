import type { IdentifierKind } from '../../core/identifiers/index.ts';
import { useT } from '../shared/i18n-context.tsx';
import { kindLabel } from '../shared/kind-labels.ts';

export interface CheckAsLineProps {
  kind: IdentifierKind;
  /** Other kinds the same input is valid as. */
  alternatives: readonly IdentifierKind[];
  onCheckAs(kind: IdentifierKind): void;
}

/** "Checked as CPR (Denmark)", and one tap to check the same input as another kind it is valid as. */
export function CheckAsLine({ kind, alternatives, onCheckAs }: CheckAsLineProps) {
  const t = useT();
  return (
    <p class="checked-as">
      {t('popup_checked_as', kindLabel(t, kind))}
      {alternatives.map((other) => (
        <button key={other} type="button" class="link" onClick={() => onCheckAs(other)}>
          {t('popup_check_as_instead', kindLabel(t, other))}
        </button>
      ))}
    </p>
  );
}
