import { useId, useMemo } from 'preact/hooks';
import { guidanceFor } from '../../core/guidance/index.ts';
import type { IdentifierKind } from '../../core/identifiers/index.ts';
import { GuidanceStepItem } from './guidance-step.tsx';
import { useT } from './i18n-context.tsx';
import { kindLabel } from './kind-labels.ts';
import { useGuidanceProgress } from './use-guidance-progress.ts';

export interface GuidanceStepsProps {
  /** A check id or a watchlist entry id: progress is stored against it, never against the identifier. */
  findingId: string;
  kind: IdentifierKind;
  /** The person's country; national IDs use their issuing country whatever this says. */
  country: string | undefined;
  dataClasses: readonly string[];
}

/** What to do about a finding, most urgent first, with progress the user can tick off. */
export function GuidanceSteps(props: GuidanceStepsProps) {
  const t = useT();
  const headingId = useId();
  const steps = useMemo(
    () => guidanceFor({ kind: props.kind, country: props.country, dataClasses: props.dataClasses }),
    [props.kind, props.country, props.dataClasses],
  );
  const progress = useGuidanceProgress(props.findingId);
  const doneCount = steps.filter((step) => progress.done.has(step.id)).length;
  return (
    <section class="guidance" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('common_guidance_heading')}</h3>
      <p>{t('common_guidance_intro', kindLabel(t, props.kind))}</p>
      <p class="hint" aria-live="polite">
        {t('common_guidance_progress', String(doneCount), String(steps.length))}
      </p>
      {progress.failed && <p class="error">{t('common_guidance_save_failed')}</p>}
      <ol class="steps">
        {steps.map((step) => (
          <GuidanceStepItem
            key={step.id}
            step={step}
            done={progress.done.has(step.id)}
            onDone={(done) => void progress.setDone(step.id, done)}
          />
        ))}
      </ol>
    </section>
  );
}
