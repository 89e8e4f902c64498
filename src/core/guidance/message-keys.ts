import type { GuidanceRule, SharedCost, SharedLasts, SharedWhy, StepMessages, Urgency } from './types.ts';

// Chrome message keys allow only [A-Za-z0-9_], so kebab-case ids become snake_case. All guidance
// keys start with `guidance_`, which keeps them unique across the other locale area files.
const PREFIX = 'guidance_';

function snake(text: string): string {
  return text.replaceAll('-', '_');
}

export function ruleMessageKey(ruleId: string, part: keyof StepMessages): string {
  return `${PREFIX}${snake(ruleId)}_${part}`;
}

export function sharedCostKey(cost: SharedCost): string {
  return `${PREFIX}cost_${snake(cost)}`;
}

export function sharedLastsKey(lasts: SharedLasts): string {
  return `${PREFIX}lasts_${snake(lasts)}`;
}

export function sharedWhyKey(why: SharedWhy): string {
  return `${PREFIX}why_${snake(why)}`;
}

/** Label of an urgency level, e.g. "Do this today". */
export function urgencyKey(urgency: Urgency): string {
  return `${PREFIX}urgency_${snake(urgency)}`;
}

/** Shown next to a link whose page is not available in the user's language. */
export const LINK_LOCAL_LANGUAGE_KEY = `${PREFIX}link_local_language_only`;
/** "Facts last checked: $1" next to each step. */
export const LAST_CHECKED_KEY = `${PREFIX}last_checked`;

/** Every message key one rule needs, resolved to shared or rule-specific keys. */
export function stepMessages(rule: GuidanceRule): StepMessages {
  return {
    title: ruleMessageKey(rule.id, 'title'),
    why: rule.sharedWhy === undefined ? ruleMessageKey(rule.id, 'why') : sharedWhyKey(rule.sharedWhy),
    cost: rule.cost === 'own' ? ruleMessageKey(rule.id, 'cost') : sharedCostKey(rule.cost),
    lasts: rule.lasts === 'own' ? ruleMessageKey(rule.id, 'lasts') : sharedLastsKey(rule.lasts),
  };
}
