import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { IdentifierKind } from '../../core/identifiers/index.ts';
import { useClient } from '../shared/client-context.tsx';
import { requestErrorText } from '../shared/error-text.ts';
import { useT } from '../shared/i18n-context.tsx';
import { kindLabel } from '../shared/kind-labels.ts';
import { IncidentAnswer } from '../shared/incident-answer.tsx';
import { Spinner } from '../shared/spinner.tsx';
import { CheckResults } from './check-results.tsx';
import { checkSummary } from './check-summary.ts';
import { IdentifierField } from './identifier-field.tsx';
import { KindSelect } from './kind-select.tsx';
import type { PopupSettings } from './popup-settings.ts';
import { readIdentifier } from './read-identifier.ts';
import { useCheck } from './use-check.ts';
import { validationText } from './validation-text.ts';

/** How long typing must pause before a validation message appears (blur and Enter show it at once). */
export const VALIDATION_PAUSE_MS = 600;

export interface CheckViewProps {
  settings: PopupSettings;
  /** Kind to preselect (from a portal banner's launch intent). */
  initialKind: IdentifierKind | null;
  /** The incident a portal banner named: its answer is shown above the field. */
  initialIncidentId?: string | null;
  onShowWatchlist(): void;
}

/** Type or paste, see the kind detected, check on Enter, read the results. */
export function CheckView({ settings, initialKind, initialIncidentId, onShowWatchlist }: CheckViewProps) {
  const t = useT();
  const client = useClient();
  const ids = { input: useId(), kind: useId(), message: useId(), hint: useId() };
  const [value, setValue] = useState('');
  const [chosen, setChosen] = useState<IdentifierKind | null>(initialKind);
  const [shown, setShown] = useState<boolean | null>(null);
  const [revealed, setRevealed] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);
  const { run, start, retry, subject } = useCheck(client);

  useEffect(() => {
    if (initialKind !== null) setChosen(initialKind);
  }, [initialKind]);
  useEffect(() => inputRef.current?.focus(), []);

  const reading = useMemo(
    () => readIdentifier(value, chosen, settings, new Date()),
    [value, chosen, settings],
  );
  useEffect(() => {
    setRevealed(false);
    if (value === '') return undefined;
    const timer = setTimeout(() => setRevealed(true), VALIDATION_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [value, reading.kind]);

  const masked = shown === null ? reading.kind === 'password' : !shown;
  const error = reading.result !== undefined && !reading.result.ok ? reading.result.error : undefined;
  let message = '';
  if (revealed && error !== undefined && reading.kind !== undefined) {
    message = validationText(t, reading.kind, error);
  } else if (revealed && value.trim() === '') {
    message = t('popup_input_empty');
  } else if (revealed && reading.result?.ok === true) {
    message = t('popup_input_valid', kindLabel(t, reading.result.kind));
  }

  const submit = (event: Event) => {
    event.preventDefault();
    setRevealed(true);
    if (reading.kind === undefined || reading.result?.ok !== true) {
      inputRef.current?.focus();
      return;
    }
    void start({ kind: reading.kind, input: value });
  };

  // Focus moving to "Check privately" means a click is under way: the submit reveals the line itself,
  // after the click, instead of in the middle of it (where a taller line could move the button away).
  const revealOnBlur = (event: FocusEvent) => {
    if (value !== '' && event.relatedTarget !== submitRef.current) setRevealed(true);
  };

  const watch = async (monitorPassword: boolean) => {
    const last = subject.current;
    if (last === null || run.phase !== 'done') return;
    await client.watchlistAdd({
      kind: last.kind,
      input: last.input,
      checkId: run.report.checkId,
      ...(monitorPassword ? { monitorPassword: true } : {}),
    });
  };

  const checking = run.phase === 'checking';
  return (
    <div class="check-view">
      {initialIncidentId !== undefined && initialIncidentId !== null && (
        <IncidentAnswer incidentId={initialIncidentId} homeCountry={settings.countries[0]} />
      )}
      <form onSubmit={submit} noValidate>
        <IdentifierField
          id={ids.input}
          value={value}
          masked={masked}
          canMask={reading.kind === 'password'}
          invalid={revealed && (error !== undefined || value.trim() === '')}
          describedBy={`${ids.hint} ${ids.message}`}
          inputRef={inputRef}
          onInput={setValue}
          onBlur={revealOnBlur}
          onToggleMask={() => setShown(masked)}
        />
        <p id={ids.hint} class="hint">
          {t('popup_input_hint')}
        </p>
        <p
          id={ids.message}
          class={`validation-line ${error === undefined ? 'valid-message' : 'error'}`}
          aria-live="polite"
        >
          {message}
        </p>
        <KindSelect
          id={ids.kind}
          chosen={chosen}
          detected={reading.detected}
          countries={settings.countries}
          nationalIdKinds={settings.nationalIdKinds}
          onChange={setChosen}
        />
        <button type="submit" class="primary" disabled={checking} ref={submitRef}>
          {t('popup_check')}
        </button>
      </form>
      <section class="outcome" aria-busy={checking} aria-label={t('popup_results_label')}>
        <div role="status" class="status">
          {checking && <Spinner label={t('popup_checking')} />}
          {run.phase === 'done' && checkSummary(t, run.report)}
          {run.phase === 'failed' && requestErrorText(t, run.code)}
        </div>
        {run.phase === 'failed' && run.code !== 'no-source' && run.code !== 'invalid-identifier' && (
          <button type="button" onClick={retry}>
            {t('popup_retry')}
          </button>
        )}
        {run.phase === 'failed' && run.code === 'no-source' && (
          <a href="../options/index.html#sources" target="_blank" rel="noopener">
            {t('popup_open_sources')}
          </a>
        )}
        {run.phase === 'done' && (
          <CheckResults
            report={run.report}
            homeCountry={settings.countries[0]}
            onRetry={retry}
            watch={watch}
            onShowWatchlist={onShowWatchlist}
          />
        )}
      </section>
    </div>
  );
}
