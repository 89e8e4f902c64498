import { useId, useMemo } from 'preact/hooks';
import { choiceFor } from '../../contracts/incident-choice.ts';
import type { WatchlistEntryView } from '../../contracts/index.ts';
import { BreachList } from '../shared/breach-list.tsx';
import { ConfirmedRemove } from '../shared/confirmed-remove.tsx';
import { outcomeErrorText } from '../shared/error-text.ts';
import { formatDateTime } from '../shared/format.ts';
import { GuidanceSteps } from '../shared/guidance-steps.tsx';
import { useT } from '../shared/i18n-context.tsx';
import { chosenDataClasses, incidentName, incidentsForKind } from '../shared/incident-text.ts';
import { formatList } from '../shared/format.ts';
import { kindLabel } from '../shared/kind-labels.ts';
import { useIncidentChoices } from '../shared/use-incident-choices.ts';
import { watchDataClasses, watchVerdict } from './watch-status.ts';

export interface WatchlistItemProps {
  entry: WatchlistEntryView;
  homeCountry: string | undefined;
  onRemove(): Promise<void>;
}

const snake = (text: string) => text.replaceAll('-', '_');

/** A watched identifier: its masked hint, its last result per source, guidance, and removal (confirmed). */
export function WatchlistItem({ entry, homeCountry, onRemove }: WatchlistItemProps) {
  const t = useT();
  const headingId = useId();
  const verdict = watchVerdict(entry);
  // Known leaks of this kind the person said they were a patient or customer at (kept by incident id,
  // never with the identifier): their data adds that leak's own steps, even while no source finds it.
  const { choices } = useIncidentChoices();
  const country = entry.country ?? homeCountry;
  const known = useMemo(() => incidentsForKind(entry.kind, country), [entry.kind, country]);
  const mine = known.filter((incident) => choiceFor(choices, incident.id) === 'patient');
  const dataClasses = [...new Set([...watchDataClasses(entry), ...chosenDataClasses(mine, choices)])];
  return (
    <li class={`watch-item watch-${verdict}`} aria-labelledby={headingId}>
      <h3 id={headingId}>
        <span class="mono">{entry.hint}</span> <span class="muted">{kindLabel(t, entry.kind)}</span>
      </h3>
      <p class="verdict">
        {t.dynamic(`popup_watch_verdict_${snake(verdict)}`)}
        {entry.unseenFindings > 0 && <span class="badge new"> {t('popup_watch_new')}</span>}
      </p>
      <p class="hint">
        {entry.lastCheckedAt === undefined
          ? t('popup_watch_never_checked')
          : t('popup_watch_last_checked', formatDateTime(t.language, entry.lastCheckedAt))}
      </p>
      <ul class="watch-sources">
        {entry.results.map((result) => (
          <li key={result.source.id}>
            <strong>{result.source.name}</strong>
            {': '}
            {result.last === undefined
              ? t('popup_watch_verdict_unchecked')
              : t.dynamic(`popup_watch_verdict_${snake(result.last.status)}`)}
            {result.lastError !== undefined && (
              <div class="error">{outcomeErrorText(t, result.lastError.code)}</div>
            )}
            {result.last?.status === 'found' && <BreachList breaches={result.breaches} />}
          </li>
        ))}
      </ul>
      {mine.length > 0 && (
        <p class="hint">
          {t(
            'incident_watch_mine',
            formatList(
              t.language,
              mine.map((incident) => incidentName(incident)),
            ),
          )}
        </p>
      )}
      {(verdict === 'found' || mine.length > 0) && (
        <details>
          <summary>{t('popup_watch_guidance')}</summary>
          <GuidanceSteps findingId={entry.id} kind={entry.kind} country={country} dataClasses={dataClasses} />
        </details>
      )}
      <ConfirmedRemove
        label={t('popup_watch_remove')}
        target={entry.hint}
        question={t('popup_watch_remove_question', entry.hint)}
        confirmLabel={t('popup_watch_remove_confirm')}
        onConfirm={() => void onRemove()}
      />
    </li>
  );
}
