import type { Handler } from '../../platform/messaging/message-router.ts';
import type { BackgroundDeps } from '../background-deps.ts';

export const incidentChoicesGet: Handler<'ui/incidents.choices', BackgroundDeps> = async (
  _request,
  deps,
) => ({
  choices: await deps.incidentChoices.all(),
});

/** Stores the answer against the incident id only; the request carries nothing about the person. */
export const incidentChoicesSet: Handler<'ui/incidents.choose', BackgroundDeps> = async (
  { incidentId, choice },
  deps,
) => ({ choices: await deps.incidentChoices.set(incidentId, choice) });
