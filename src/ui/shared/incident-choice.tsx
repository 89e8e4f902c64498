import { useId } from 'preact/hooks';
import { INCIDENT_CHOICES, type IncidentChoice } from '../../contracts/incident-choice.ts';
import { useT } from './i18n-context.tsx';

const LABEL_KEYS = {
  patient: 'incident_choice_patient',
  'not-patient': 'incident_choice_not_patient',
  unsure: 'incident_choice_unsure',
} as const;

export interface IncidentChoiceProps {
  incidentId: string;
  /** The operator's name, so each group has its own accessible name. */
  operator: string;
  choice: IncidentChoice | undefined;
  onChoose(choice: IncidentChoice): void;
}

/** "I was a patient or customer there / I wasn't / I don't know": kept on the device, by incident only. */
export function IncidentChoiceField({ incidentId, operator, choice, onChoose }: IncidentChoiceProps) {
  const t = useT();
  const name = `incident-choice-${incidentId}-${useId()}`;
  return (
    <fieldset class="incident-choice">
      <legend>{t('incident_choice_legend', operator)}</legend>
      {INCIDENT_CHOICES.map((value) => (
        <label key={value} class="check-row">
          <input
            type="radio"
            name={name}
            value={value}
            checked={choice === value}
            onChange={() => onChoose(value)}
          />
          <span>{t(LABEL_KEYS[value])}</span>
        </label>
      ))}
    </fieldset>
  );
}
