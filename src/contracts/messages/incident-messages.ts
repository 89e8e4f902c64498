import { z } from '../../core/zod.ts';
import { incidentChoiceSchema, incidentChoicesSchema } from '../incident-choice.ts';
import { incidentIdSchema } from '../incidents/incident-vocabulary.ts';
import { defineMessage } from './define-message.ts';

export const incidentMessages = {
  /** Every stored "were you a patient there?" answer, by incident id. */
  'ui/incidents.choices': defineMessage(z.object({}).strict(), z.object({ choices: incidentChoicesSchema })),
  /** Records one answer; `null` forgets it. Carries an incident id and the answer, nothing else. */
  'ui/incidents.choose': defineMessage(
    z.object({ incidentId: incidentIdSchema, choice: incidentChoiceSchema.nullable() }).strict(),
    z.object({ choices: incidentChoicesSchema }),
  ),
};
