import { useEffect, useRef, useState } from 'preact/hooks';
import type { IdentifierKind } from '../../core/identifiers/index.ts';
import { requestErrorText } from '../shared/error-text.ts';
import { useT } from '../shared/i18n-context.tsx';
import { failureOf } from '../shared/failure-of.ts';

export interface WatchThisProps {
  kind: IdentifierKind;
  hint: string;
  /** Adds the last checked identifier; `monitorPassword` only after the explicit confirmation below. */
  watch(monitorPassword: boolean): Promise<void>;
  onShowWatchlist(): void;
}

type Phase = 'idle' | 'confirming' | 'saving' | 'saved' | 'failed';

/** "Watch this": a password needs a second, explicit yes, because a hash of it will be stored. */
export function WatchThis({ kind, hint, watch, onShowWatchlist }: WatchThisProps) {
  const t = useT();
  const [phase, setPhase] = useState<Phase>('idle');
  const [error, setError] = useState('');
  // The button the user pressed disappears in each step, so focus moves to what replaced it.
  const focusTarget = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (phase === 'confirming' || phase === 'saved') focusTarget.current?.focus();
  }, [phase]);

  const save = async (monitorPassword: boolean) => {
    setPhase('saving');
    try {
      await watch(monitorPassword);
      setPhase('saved');
    } catch (failure) {
      setError(requestErrorText(t, failureOf(failure).code));
      setPhase('failed');
    }
  };

  if (phase === 'saved') {
    return (
      <div class="watch" role="status">
        <p>{t('popup_watch_saved', hint)}</p>
        <button type="button" class="link" ref={focusTarget} onClick={onShowWatchlist}>
          {t('popup_watch_open_list')}
        </button>
      </div>
    );
  }
  if (phase === 'confirming') {
    return (
      <div class="watch panel warn" role="group" aria-labelledby="watch-password-title">
        <h3 id="watch-password-title">{t('popup_watch_password_title')}</h3>
        <p>{t('popup_watch_password_body')}</p>
        <div class="row">
          <button type="button" class="primary" ref={focusTarget} onClick={() => void save(true)}>
            {t('popup_watch_password_confirm')}
          </button>
          <button type="button" onClick={() => setPhase('idle')}>
            {t('common_cancel')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div class="watch">
      <button
        type="button"
        disabled={phase === 'saving'}
        onClick={() => (kind === 'password' ? setPhase('confirming') : void save(false))}
      >
        {t('popup_watch')}
      </button>
      <p class="hint">{t('popup_watch_explain')}</p>
      <p role="status" class="error">
        {phase === 'failed' ? error : ''}
      </p>
    </div>
  );
}
