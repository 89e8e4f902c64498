import type { Handler } from '../../platform/messaging/message-router.ts';
import type { BackgroundDeps } from '../background-deps.ts';

export const guidanceSetStep: Handler<'ui/guidance.setStep', BackgroundDeps> = async (request, deps) => {
  const current = await deps.db.guidance.get(request.findingId);
  const others = (current?.doneStepIds ?? []).filter((id) => id !== request.stepId);
  const progress = {
    findingId: request.findingId,
    doneStepIds: request.done ? [...others, request.stepId] : others,
    updatedAt: deps.now().toISOString(),
  };
  await deps.db.guidance.put(progress);
  return { progress };
};
