import type { Ref } from 'preact';
import type { IdentifierKind } from '../../core/identifiers/index.ts';
import { useT } from '../shared/i18n-context.tsx';
import { kindLabel } from '../shared/kind-labels.ts';

export interface KindQuestionProps {
  candidates: readonly IdentifierKind[];
  firstRef?: Ref<HTMLButtonElement>;
  onChoose(kind: IdentifierKind): void;
}

/** "CPR (Denmark) or personnummer (Sweden)?": one tap checks it as that kind and remembers the country. */
export function KindQuestion({ candidates, firstRef, onChoose }: KindQuestionProps) {
  const t = useT();
  return (
    <div class="kind-question panel" role="group" aria-labelledby="kind-question-title">
      <p id="kind-question-title">{t('popup_kind_question')}</p>
      <div class="row">
        {candidates.map((kind, index) => (
          <button
            key={kind}
            type="button"
            {...(index === 0 && firstRef !== undefined ? { ref: firstRef } : {})}
            onClick={() => onChoose(kind)}
          >
            {kindLabel(t, kind)}
          </button>
        ))}
      </div>
      <p class="hint">{t('popup_kind_question_remember')}</p>
    </div>
  );
}
