import { useCallback, useEffect, useState } from 'preact/hooks';
import type { IncidentChoice, IncidentChoices } from '../../contracts/incident-choice.ts';
import { useClient } from './client-context.tsx';

export interface IncidentChoicesState {
  choices: IncidentChoices;
  failed: boolean;
  choose(incidentId: string, choice: IncidentChoice): Promise<void>;
}

/**
 * The person's "were you a patient there?" answers, read from and written to the background
 * (`ui/incidents.*`). They are kept by incident id only, so the watchlist and every later answer
 * about the same incident remember them.
 */
export function useIncidentChoices(): IncidentChoicesState {
  const client = useClient();
  const [choices, setChoices] = useState<IncidentChoices>({});
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    client
      .incidentsChoices({})
      .then((answer) => live && setChoices(answer.choices))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [client]);

  const choose = useCallback(
    async (incidentId: string, choice: IncidentChoice) => {
      // Show the answer at once; the stored record then replaces it (and undoes it if saving failed).
      const before = choices;
      setChoices({ ...choices, [incidentId]: choice });
      try {
        setChoices((await client.incidentsChoose({ incidentId, choice })).choices);
        setFailed(false);
      } catch {
        setChoices(before);
        setFailed(true);
      }
    },
    [client, choices],
  );

  return { choices, failed, choose };
}
