import { useId, useMemo } from 'preact/hooks';
import { alsoLeaked, guidanceFor, type GuidanceStep } from '../../core/guidance/index.ts';
import type { IdentifierKind } from '../../core/identifiers/index.ts';
import { dataClassLabel } from './data-class-label.ts';
import { formatList } from './format.ts';
import { GuidanceStepItem } from './guidance-step.tsx';
import { useT } from './i18n-context.tsx';
import { kindLabel } from './kind-labels.ts';
import { useGuidanceProgress, type GuidanceProgressState } from './use-guidance-progress.ts';

export interface GuidanceStepsProps {
  /** A check id or a watchlist entry id: progress is stored against it, never against the identifier. */
  findingId: string;
  kind: IdentifierKind;
  /** The person's country; national IDs use their issuing country whatever this says. */
  country: string | undefined;
  dataClasses: readonly string[];
  /**
   * False where nothing was found to have leaked (a "not checkable privately yet" answer under its
   * verdict): "Leaked: …" would be untrue there, and the verdict above already says what this is.
   */
  intro?: boolean;
}

/** Steps shown open; the rest wait behind "Show all steps", so the list stays short enough to read. */
export const OPEN_STEPS = 3;

/** What to do about a finding, most urgent first, with progress the user can tick off. */
export function GuidanceSteps(props: GuidanceStepsProps) {
  const t = useT();
  const headingId = useId();
  const steps = useMemo(
    () => guidanceFor({ kind: props.kind, country: props.country, dataClasses: props.dataClasses }),
    [props.kind, props.country, props.dataClasses],
  );
  const progress = useGuidanceProgress(props.findingId);
  // Everything that leaked, not only the kind that was checked: names, addresses, lab results…
  const leaked = [
    ...new Set([
      kindLabel(t, props.kind),
      ...alsoLeaked(props.kind, props.dataClasses).map((c) => dataClassLabel(t, c)),
    ]),
  ];
  const doneCount = steps.filter((step) => progress.done.has(step.id)).length;
  // Hiding a single step behind a disclosure saves nothing, so a list one longer than OPEN_STEPS stays open.
  const openCount = steps.length > OPEN_STEPS + 1 ? OPEN_STEPS : steps.length;
  const first = steps.slice(0, openCount);
  const rest = steps.slice(openCount);
  return (
    <section class="guidance" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('common_guidance_heading')}</h3>
      {props.intro !== false && <p>{t('common_guidance_intro', formatList(t.language, leaked))}</p>}
      <p class="hint" aria-live="polite">
        {t('common_guidance_progress', String(doneCount), String(steps.length))}
      </p>
      {progress.failed && <p class="error">{t('common_guidance_save_failed')}</p>}
      <StepList steps={first} start={1} progress={progress} />
      {rest.length > 0 && (
        <details class="more-steps">
          <summary>{t('common_guidance_show_all', String(steps.length))}</summary>
          <StepList steps={rest} start={first.length + 1} progress={progress} />
        </details>
      )}
    </section>
  );
}

interface StepListProps {
  steps: readonly GuidanceStep[];
  /** Number of the first step, so both lists count on as one. */
  start: number;
  progress: GuidanceProgressState;
}

function StepList({ steps, start, progress }: StepListProps) {
  return (
    <ol class="steps" start={start}>
      {steps.map((step) => (
        <GuidanceStepItem
          key={step.id}
          step={step}
          done={progress.done.has(step.id)}
          onDone={(done) => void progress.setDone(step.id, done)}
        />
      ))}
    </ol>
  );
}
