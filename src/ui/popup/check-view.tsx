import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { SettingsPatch } from '../../contracts/index.ts';
import type { Translator } from '../../platform/i18n.ts';
import type { AlongsideKind } from '../../core/guidance/index.ts';
import { kindCountry } from '../../core/identifiers/kind-facts.ts';
import type { IdentifierKind } from '../../core/identifiers/types.ts';
import { useClient } from '../shared/client-context.tsx';
import { requestErrorText } from '../shared/error-text.ts';
import { useT } from '../shared/i18n-context.tsx';
import { formatChoices } from '../shared/format.ts';
import { kindLabel } from '../shared/kind-labels.ts';
import { Spinner } from '../shared/spinner.tsx';
import { checkSummary } from './check-summary.ts';
import { CountryQuestion } from './country-question.tsx';
import { IdentifierField } from './identifier-field.tsx';
import { KindQuestion } from './kind-question.tsx';
import { KindSelect } from './kind-select.tsx';
import { ModeSwitch, type CheckMode } from './mode-switch.tsx';
import type { PopupSettings } from './popup-settings.ts';
import type { IdentifierReading } from './read-identifier.ts';
import { useCheck, type CheckSubject } from './use-check.ts';
import { useDetection } from './use-detection.ts';
import { useResultViews } from './use-result-views.ts';
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
  /** Saves settings the check view learns: the first-use country, a country remembered from a choice. */
  updateSettings(patch: SettingsPatch): Promise<void>;
  /** The browser's language tags, to prefill the first-use country question. */
  languages?: readonly string[];
}

/** Before the detection chunk has loaded: the field already takes input, nothing is read yet. */
function unreadYet(mode: CheckMode, chosen: IdentifierKind | null): IdentifierReading {
  if (mode === 'password')
    return { decision: undefined, kind: 'password', kindFrom: 'person', result: undefined, ambiguous: [] };
  const kindFrom = chosen === null ? 'detection' : 'person';
  return { decision: undefined, kind: chosen ?? undefined, kindFrom, result: undefined, ambiguous: [] };
}

/**
 * Valid as nothing, with the shape of several kinds and nothing the person said to pick one: naming one
 * kind's check digit would be a guess, so the line names them all and points at the kind picker.
 */
function shapesMessage(t: Translator, reading: IdentifierReading): string | undefined {
  const decision = reading.decision;
  if (decision?.status !== 'none') return undefined;
  const shapes = decision.shapes.filter((kind) => kind !== 'phone' && kind !== 'email');
  if (shapes.length < 2) return undefined;
  return t(
    'popup_input_invalid_shapes',
    formatChoices(
      t.language,
      shapes.map((kind) => kindLabel(t, kind)),
    ),
  );
}

/** Every other kind the input was valid as, for "check as … instead". */
function alternativesOf(reading: IdentifierReading, kind: IdentifierKind): IdentifierKind[] {
  const decision = reading.decision;
  if (decision === undefined || decision.status === 'none') return [];
  return decision.candidates.filter((other) => other !== kind);
}

/**
 * Type or paste, see what it reads as, check; the answer replaces the form, verdict first. Password is a
 * mode of its own with a field that is always masked.
 */
export function CheckView(props: CheckViewProps) {
  const { settings, initialKind, initialIncidentId, onShowWatchlist, updateSettings } = props;
  const t = useT();
  const client = useClient();
  const ids = { input: useId(), kind: useId(), message: useId(), hint: useId() };
  const [mode, setMode] = useState<CheckMode>(initialKind === 'password' ? 'password' : 'identifier');
  const [value, setValue] = useState('');
  const [chosen, setChosen] = useState<IdentifierKind | null>(
    initialKind === 'password' ? null : initialKind,
  );
  const [revealed, setRevealed] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);
  const bannerRef = useRef<HTMLDivElement>(null);
  const questionRef = useRef<HTMLButtonElement>(null);
  const { run, start, retry, reset, subject } = useCheck(client);

  useEffect(() => {
    if (initialKind === 'password') setMode('password');
    else if (initialKind !== null) setChosen(initialKind);
  }, [initialKind]);
  useEffect(() => inputRef.current?.focus(), [mode]);

  const detection = useDetection();
  const reading = useMemo(() => {
    if (detection === undefined) return unreadYet(mode, chosen);
    return mode === 'password'
      ? detection.readPassword(value)
      : detection.readIdentifier(value, chosen, settings, new Date());
  }, [detection, mode, value, chosen, settings]);
  // Enter pressed before the detection chunk arrived: the submit goes ahead once it has.
  const [submitWhenRead, setSubmitWhenRead] = useState(false);
  useEffect(() => {
    setRevealed(false);
    if (value === '') return undefined;
    const timer = setTimeout(() => setRevealed(true), VALIDATION_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [value, reading.kind]);

  // The answer takes the form's place: focus goes to the verdict, or to the question when one is asked.
  const answered = run.phase === 'done';
  const views = useResultViews();
  useEffect(() => {
    if (run.phase === 'done') bannerRef.current?.focus();
    if (run.phase === 'failed' && run.code === 'ambiguous-kind') questionRef.current?.focus();
    // `views`: the verdict can only take focus once the result views have loaded and rendered it.
  }, [run, views]);

  const error = reading.result !== undefined && !reading.result.ok ? reading.result.error : undefined;
  const ambiguous = reading.ambiguous.length > 1;
  let message = '';
  if (revealed && value.trim() === '') message = t('popup_input_empty');
  // Not read yet is not "unknown": say nothing until the detection chunk has read the input.
  else if (detection === undefined) message = '';
  else if (revealed && mode === 'identifier' && reading.kind === undefined && !ambiguous)
    message = shapesMessage(t, reading) ?? t('popup_input_unknown');
  else if (revealed && error !== undefined && reading.kind !== undefined)
    message = validationText(t, reading.kind, error);
  else if (revealed && reading.result?.ok === true && !ambiguous)
    message =
      mode === 'password'
        ? t('popup_password_ready')
        : t('popup_input_valid', kindLabel(t, reading.result.kind));

  /** Any edit drops the shown answer at once: an old verdict never sits under a new input. */
  const edit = (next: string) => {
    setValue(next);
    if (run.phase !== 'idle') reset();
  };

  const check = (next: CheckSubject) => void start(next);

  /** Checks what the field reads as, or says what stops it. */
  const submitReading = () => {
    setRevealed(true);
    if (ambiguous) {
      // The question appears with this render (the line was maybe not revealed yet): focus it then.
      setTimeout(() => questionRef.current?.focus(), 0);
      return;
    }
    if (reading.kind === undefined || reading.result?.ok !== true) {
      inputRef.current?.focus();
      return;
    }
    check({
      kind: reading.kind,
      input: value,
      kindFrom: reading.kindFrom,
      alternatives: alternativesOf(reading, reading.kind),
    });
  };

  const submit = (event: Event) => {
    event.preventDefault();
    if (detection === undefined) setSubmitWhenRead(true);
    else submitReading();
  };
  useEffect(() => {
    if (!submitWhenRead || detection === undefined) return;
    setSubmitWhenRead(false);
    submitReading();
    // submitReading is this render's: it reads the value with the detection that just arrived.
  }, [submitWhenRead, detection]);

  /** The person answered "which kind is it?": check as that, and remember its country for next time. */
  const choose = (kind: IdentifierKind, candidates: readonly IdentifierKind[]) => {
    const country = kindCountry(kind);
    if (country !== undefined && !settings.countries.includes(country))
      void updateSettings({ countries: [...settings.countries, country], countryAsked: true });
    check({ kind, input: value, kindFrom: 'person', alternatives: candidates.filter((k) => k !== kind) });
  };

  const checkAs = (kind: IdentifierKind) => {
    const last = subject.current;
    if (last === null) return;
    const others = [last.kind, ...last.alternatives].filter((k) => k !== kind);
    check({ kind, input: last.input, kindFrom: 'person', alternatives: others });
  };

  const startOver = (nextMode: CheckMode, kind: IdentifierKind | null) => {
    reset();
    setValue('');
    setChosen(kind);
    setMode(nextMode);
    setRevealed(false);
    // The form comes back on the next render; focus its field then.
    setTimeout(() => inputRef.current?.focus(), 0);
  };

  const switchMode = (next: CheckMode) => startOver(next, null);

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

  const checking = run.phase === 'checking' || submitWhenRead;
  const question =
    run.phase === 'failed' && run.code === 'ambiguous-kind' && run.candidates.length > 1
      ? run.candidates
      : revealed || run.phase === 'failed'
        ? reading.ambiguous
        : [];
  const askCountry = !settings.countryAsked && settings.countries.length === 0;
  return (
    <div class="check-view">
      {initialIncidentId !== undefined && initialIncidentId !== null && !answered && views && (
        <views.IncidentAnswer incidentId={initialIncidentId} homeCountry={settings.countries[0]} />
      )}
      {askCountry && !answered && (
        <CountryQuestion
          languages={props.languages ?? []}
          onAnswer={(country) =>
            void updateSettings(
              country === null ? { countryAsked: true } : { countries: [country], countryAsked: true },
            )
          }
        />
      )}
      {answered ? (
        <div class="form-summary">
          {/* The kind it was checked as is said under the verdict, with "check as … instead". */}
          <span class="mono">{run.report.hint}</span>
          <button type="button" onClick={() => startOver(mode, null)}>
            {t('popup_check_another')}
          </button>
        </div>
      ) : (
        <form onSubmit={submit} noValidate>
          <ModeSwitch mode={mode} onChange={switchMode} />
          <IdentifierField
            id={ids.input}
            label={mode === 'password' ? t('popup_password_label') : t('popup_input_label')}
            value={value}
            password={mode === 'password'}
            invalid={revealed && (error !== undefined || value.trim() === '')}
            describedBy={`${ids.hint} ${ids.message}`}
            inputRef={inputRef}
            onInput={edit}
            onBlur={revealOnBlur}
          />
          <p id={ids.hint} class="hint">
            {mode === 'password' ? t('popup_password_hint') : t('popup_input_hint')}
          </p>
          <p
            id={ids.message}
            class={`validation-line ${error === undefined ? 'valid-message' : 'error'}`}
            aria-live="polite"
          >
            {message}
          </p>
          {question.length > 1 && (
            <KindQuestion
              candidates={question}
              firstRef={questionRef}
              onChoose={(kind) => choose(kind, question)}
            />
          )}
          {mode === 'identifier' && (
            <KindSelect
              id={ids.kind}
              chosen={chosen}
              detected={reading.kind === undefined || error !== undefined ? undefined : reading.kind}
              ambiguous={reading.ambiguous}
              countries={settings.countries}
              nationalIdKinds={settings.nationalIdKinds}
              onChange={(kind) => {
                setChosen(kind);
                if (run.phase !== 'idle') reset();
              }}
            />
          )}
          <button type="submit" class="primary" disabled={checking} ref={submitRef}>
            {t('popup_check')}
          </button>
        </form>
      )}
      <section class="outcome" aria-busy={checking} aria-label={t('popup_results_label')}>
        <div role="status" class="status">
          {(checking || (run.phase === 'done' && views === undefined)) && (
            <Spinner label={t('popup_checking')} />
          )}
          {run.phase === 'done' && <span class="sr-only">{checkSummary(t, run.report)}</span>}
          {run.phase === 'failed' && run.code !== 'ambiguous-kind' && requestErrorText(t, run.code)}
        </div>
        {run.phase === 'failed' &&
          !['no-source', 'invalid-identifier', 'ambiguous-kind'].includes(run.code) && (
            <button type="button" onClick={retry}>
              {t('popup_retry')}
            </button>
          )}
        {run.phase === 'failed' && run.code === 'no-source' && (
          <a href="../options/index.html#sources" target="_blank" rel="noopener">
            {t('popup_open_sources')}
          </a>
        )}
        {run.phase === 'done' && views && (
          <views.CheckResults
            report={run.report}
            homeCountry={settings.countries[0]}
            alternatives={subject.current?.alternatives ?? []}
            bannerRef={bannerRef}
            onRetry={retry}
            onCheckAs={checkAs}
            onCheckOther={(kind: AlongsideKind) => startOver('identifier', kind)}
            watch={watch}
            onShowWatchlist={onShowWatchlist}
          />
        )}
      </section>
    </div>
  );
}
