import { useT } from '../shared/i18n-context.tsx';

export type CheckMode = 'identifier' | 'password';

export interface ModeSwitchProps {
  mode: CheckMode;
  onChange(mode: CheckMode): void;
}

/**
 * Password is a mode the person picks, never a guess: anything can be a password, and a password read as
 * an email or an ID number would be shown in clear and refused.
 */
export function ModeSwitch({ mode, onChange }: ModeSwitchProps) {
  const t = useT();
  const option = (value: CheckMode, label: string) => (
    <button type="button" aria-pressed={mode === value} onClick={() => mode !== value && onChange(value)}>
      {label}
    </button>
  );
  return (
    <div class="mode-switch" role="group" aria-label={t('popup_mode_label')}>
      {option('identifier', t('popup_mode_identifier'))}
      {option('password', t('popup_mode_password'))}
    </div>
  );
}
