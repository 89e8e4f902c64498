import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from './i18n-context.tsx';

export interface ConfirmedRemoveProps {
  /** The button's visible text, e.g. "Remove". */
  label: string;
  /** What is removed, for the accessible name ("Remove: <target>"). */
  target: string;
  /** The question asked before anything is removed. */
  question: string;
  confirmLabel: string;
  onConfirm(): void;
}

/** A remove button that asks first and moves focus to the confirming button, so removal is never one slip. */
export function ConfirmedRemove({ label, target, question, confirmLabel, onConfirm }: ConfirmedRemoveProps) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  if (!confirming) {
    return (
      <button
        type="button"
        aria-label={t('common_action_on', label, target)}
        onClick={() => setConfirming(true)}
      >
        {label}
      </button>
    );
  }
  return (
    <div class="panel" role="group" aria-label={question}>
      <p>{question}</p>
      <div class="row">
        <button type="button" class="danger" ref={confirmRef} onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" onClick={() => setConfirming(false)}>
          {t('common_cancel')}
        </button>
      </div>
    </div>
  );
}
