import { useMemo } from 'preact/hooks';
import { guidanceFor } from '../../core/guidance/index.ts';
import type { IdentifierKind } from '../../core/identifiers/index.ts';
import { ExternalLink, hostOf } from '../shared/external-link.tsx';
import { useT } from '../shared/i18n-context.tsx';

export interface FirstStepProps {
  kind: IdentifierKind;
  country: string | undefined;
}

/**
 * The first protective step for a kind nobody can check privately yet (no data classes known: the kind's
 * own exposure decides), so the answer is never only "we can't tell".
 */
export function FirstStep({ kind, country }: FirstStepProps) {
  const t = useT();
  const step = useMemo(() => guidanceFor({ kind, country, dataClasses: [] })[0], [kind, country]);
  if (step === undefined) return null;
  return (
    <section class="first-step panel" aria-label={t('popup_first_step_label')}>
      <h3>{t.dynamic(step.messages.title)}</h3>
      <p>{t.dynamic(step.messages.why)}</p>
      <p>
        <ExternalLink href={step.officialUrl}>
          {t('common_step_official_link', hostOf(step.officialUrl))}
        </ExternalLink>
      </p>
    </section>
  );
}
