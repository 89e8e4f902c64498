import type { Ref } from 'preact';

export interface IdentifierFieldProps {
  id: string;
  label: string;
  value: string;
  /** Password mode: always masked, no way to show it (it would then be on screen for anyone to see). */
  password: boolean;
  invalid: boolean;
  describedBy: string;
  inputRef: Ref<HTMLInputElement>;
  onInput(value: string): void;
  onBlur(event: FocusEvent): void;
}

/** The one field: type or paste. Nothing typed here is stored, logged or autofilled. */
export function IdentifierField(props: IdentifierFieldProps) {
  const inputProps = {
    id: props.id,
    ref: props.inputRef,
    value: props.value,
    autocapitalize: 'off' as const,
    spellcheck: false,
    'aria-invalid': props.invalid,
    'aria-describedby': props.describedBy,
    onInput: (event: Event) => props.onInput((event.currentTarget as HTMLInputElement).value),
    onBlur: props.onBlur,
  };
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      {/* new-password: the browser neither fills in a saved password nor offers to save this one. */}
      {props.password ? (
        <input type="password" autocomplete="new-password" {...inputProps} />
      ) : (
        <input type="text" autocomplete="off" {...inputProps} />
      )}
    </div>
  );
}
