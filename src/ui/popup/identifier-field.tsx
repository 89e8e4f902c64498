import type { Ref } from 'preact';
import { useT } from '../shared/i18n-context.tsx';

export interface IdentifierFieldProps {
  id: string;
  value: string;
  masked: boolean;
  /** Offer the show/hide toggle (passwords). */
  canMask: boolean;
  invalid: boolean;
  describedBy: string;
  inputRef: Ref<HTMLInputElement>;
  onInput(value: string): void;
  onBlur(event: FocusEvent): void;
  onToggleMask(): void;
}

/** The one field: type or paste. Nothing typed here is stored, logged or autofilled. */
export function IdentifierField(props: IdentifierFieldProps) {
  const t = useT();
  const inputProps = {
    id: props.id,
    ref: props.inputRef,
    value: props.value,
    autocomplete: 'off' as const,
    autocapitalize: 'off' as const,
    spellcheck: false,
    'aria-invalid': props.invalid,
    'aria-describedby': props.describedBy,
    onInput: (event: Event) => props.onInput((event.currentTarget as HTMLInputElement).value),
    onBlur: props.onBlur,
  };
  return (
    <div class="field">
      <label for={props.id}>{t('popup_input_label')}</label>
      <div class="input-row">
        {/* Both branches are the same <input> node to Preact: switching type keeps focus and caret. */}
        {props.masked ? <input type="password" {...inputProps} /> : <input type="text" {...inputProps} />}
        {props.canMask && (
          <button
            type="button"
            aria-pressed={!props.masked}
            aria-controls={props.id}
            onClick={props.onToggleMask}
          >
            {t('popup_input_show')}
          </button>
        )}
      </div>
    </div>
  );
}
