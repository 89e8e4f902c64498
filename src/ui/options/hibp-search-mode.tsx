import { useId } from 'preact/hooks';
import type { HibpSearchMode } from '../../contracts/index.ts';
import { useT } from '../shared/i18n-context.tsx';

export interface HibpSearchModeProps {
  mode: HibpSearchMode;
  onChange(mode: HibpSearchMode): void;
}

/**
 * The plain search sends the address itself, so it is never the default: the person ticks it, next to
 * its own warning, only for a key that lacks the private (range) search.
 */
export function HibpSearchModeChoice({ mode, onChange }: HibpSearchModeProps) {
  const t = useT();
  const ids = { box: useId(), warning: useId() };
  return (
    <div class="field">
      <label for={ids.box}>
        <input
          id={ids.box}
          type="checkbox"
          checked={mode === 'plaintext'}
          aria-describedby={ids.warning}
          onChange={(e) => onChange(e.currentTarget.checked ? 'plaintext' : 'range')}
        />{' '}
        {t('options_hibp_plain_label')}
      </label>
      <p id={ids.warning} class="hint warn">
        {t('options_hibp_plain_warning')}
      </p>
    </div>
  );
}
