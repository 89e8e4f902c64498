import type { BuildPlan } from '../build/build-plan.ts';
import type { OprfPlanSettings } from './oprf-plan-key.ts';
import type { OprfSourceMeta } from './write-oprf-source.ts';

/** The descriptor fields a plan build writes, the same for the whole-list and the bucket layout. */
export function planSourceMeta(plan: BuildPlan, settings: OprfPlanSettings): OprfSourceMeta {
  return {
    id: plan.sourceId,
    name: plan.name,
    publisher: plan.publisher,
    ...(plan.homepage === undefined ? {} : { homepage: plan.homepage }),
    breaches: plan.breaches,
    updated: plan.updated,
    ...(settings.evaluateUrl === undefined ? {} : { evaluateUrl: settings.evaluateUrl }),
  };
}
