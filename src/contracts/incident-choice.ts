import { ownValue } from '../core/own-record.ts';
import { z } from '../core/zod.ts';
import { incidentIdSchema } from './incidents/incident-vocabulary.ts';

/**
 * Key holding, per catalogued incident, whether the person says they were a patient or customer there.
 * Keyed by incident id only: no identifier, hint, kind or check id is stored with it. Kept in the
 * extension-only database (record `incidentChoices`), where content scripts cannot read it.
 * Retention: until the person changes it, clears it, or deletes all data.
 */
export const INCIDENT_CHOICES_STORAGE_KEY = 'incidentChoices';

/** "I was a patient / customer there", "I wasn't", "I don't know". */
export const INCIDENT_CHOICES = ['patient', 'not-patient', 'unsure'] as const;
export const incidentChoiceSchema = z.enum(INCIDENT_CHOICES);
export type IncidentChoice = z.infer<typeof incidentChoiceSchema>;

/** More entries than incidents will ever be catalogued; a bigger record is not ours. */
export const MAX_INCIDENT_CHOICES = 500;

export const incidentChoicesSchema = z
  .record(incidentIdSchema, incidentChoiceSchema)
  .refine((all) => Object.keys(all).length <= MAX_INCIDENT_CHOICES, 'too many incident choices');
export type IncidentChoices = z.infer<typeof incidentChoicesSchema>;

/** The person's answer for one incident; own entries only, so an id like `constructor` reads nothing. */
export function choiceFor(choices: IncidentChoices, incidentId: string): IncidentChoice | undefined {
  return ownValue(choices, incidentId);
}
