import {
  LAST_CHECKED_KEY,
  LINK_LOCAL_LANGUAGE_KEY,
  urgencyKey,
  type GuidanceStep,
} from '../../core/guidance/index.ts';
import { ExternalLink, hostOf } from './external-link.tsx';
import { formatPartialDate, languageName } from './format.ts';
import { useT } from './i18n-context.tsx';

export interface GuidanceStepItemProps {
  step: GuidanceStep;
  done: boolean;
  onDone(done: boolean): void;
}

/** One thing to do: title, why, cost, how long it lasts, the official page, and a box to tick it off. */
export function GuidanceStepItem({ step, done, onDone }: GuidanceStepItemProps) {
  const t = useT();
  const title = t.dynamic(step.messages.title);
  const language = t.language.split('-')[0] ?? 'en';
  // Name the page's own language: an English page is not "only in the local language" to a Polish reader.
  const pageLanguage = step.officialLanguages.includes(language) ? undefined : step.officialLanguages[0];
  return (
    <li class={`step urgency-${step.urgency}${done ? ' done' : ''}`}>
      <p class="step-urgency">
        <span class="badge">{t.dynamic(urgencyKey(step.urgency))}</span>
      </p>
      <h4>{title}</h4>
      <p>{t.dynamic(step.messages.why)}</p>
      <dl class="facts">
        <dt>{t('common_step_cost')}</dt>
        <dd>{t.dynamic(step.messages.cost)}</dd>
        <dt>{t('common_step_lasts')}</dt>
        <dd>{t.dynamic(step.messages.lasts)}</dd>
      </dl>
      <p>
        <ExternalLink href={step.officialUrl}>
          {t('common_step_official_link', hostOf(step.officialUrl))}
        </ExternalLink>
        {pageLanguage !== undefined && (
          <span class="hint">
            {' '}
            {t.dynamic(LINK_LOCAL_LANGUAGE_KEY, languageName(t.language, pageLanguage))}
          </span>
        )}
      </p>
      {step.extraLinks.length > 0 && (
        <ul class="extra-links">
          {step.extraLinks.map((link) => (
            <li key={link.url}>
              <ExternalLink href={link.url}>{link.name}</ExternalLink>
            </li>
          ))}
        </ul>
      )}
      <p class="hint">{t.dynamic(LAST_CHECKED_KEY, formatPartialDate(t.language, step.lastChecked))}</p>
      <label class="check-row step-done">
        <input
          type="checkbox"
          checked={done}
          aria-label={t('common_action_on', t('common_step_done'), title)}
          onChange={(event) => onDone(event.currentTarget.checked)}
        />
        <span>{t('common_step_done')}</span>
      </label>
    </li>
  );
}
