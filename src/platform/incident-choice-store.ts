import {
  INCIDENT_CHOICES_STORAGE_KEY,
  incidentChoicesSchema,
  type IncidentChoice,
  type IncidentChoices,
} from '../contracts/incident-choice.ts';
import type { StorageAreaLike } from './extension-api-types.ts';

/** storage.local `incidentChoices`: the person's "were you a patient there?" answers, by incident id. */
export interface IncidentChoiceStore {
  all(): Promise<IncidentChoices>;
  set(incidentId: string, choice: IncidentChoice | null): Promise<IncidentChoices>;
  clear(): Promise<void>;
}

export function createIncidentChoiceStore(area: StorageAreaLike): IncidentChoiceStore {
  const all = async (): Promise<IncidentChoices> => {
    const parsed = incidentChoicesSchema.safeParse(
      (await area.get(INCIDENT_CHOICES_STORAGE_KEY))[INCIDENT_CHOICES_STORAGE_KEY],
    );
    // A corrupt record only costs the person answering again; never fail the answer page over it.
    return parsed.success ? parsed.data : {};
  };
  return {
    all,
    set: async (incidentId, choice) => {
      const next: IncidentChoices = { ...(await all()) };
      if (choice === null) delete next[incidentId];
      else next[incidentId] = choice;
      await area.set({ [INCIDENT_CHOICES_STORAGE_KEY]: incidentChoicesSchema.parse(next) });
      return next;
    },
    clear: () => area.remove(INCIDENT_CHOICES_STORAGE_KEY),
  };
}
