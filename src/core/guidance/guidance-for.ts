import { exposureTags } from './exposure-tags.ts';
import { stepMessages } from './message-keys.ts';
import { nationalIdCountry } from './national-id-countries.ts';
import { GUIDANCE_RULES } from './rules/index.ts';
import {
  GUIDANCE_COUNTRIES,
  URGENCIES,
  type ExposureTag,
  type GuidanceCountry,
  type GuidanceFinding,
  type GuidanceRule,
  type GuidanceStep,
} from './types.ts';

/**
 * Whose rules apply. A national ID follows its issuing country; email, phone and password findings
 * follow the person's country when we have rules for it, and get only generic steps otherwise.
 */
export function guidanceCountry(finding: GuidanceFinding): GuidanceCountry | undefined {
  const issuing = nationalIdCountry(finding.kind);
  if (issuing !== undefined) return issuing;
  const country = finding.country?.toUpperCase();
  return GUIDANCE_COUNTRIES.find((c) => c === country);
}

function applies(rule: GuidanceRule, finding: GuidanceFinding, tags: ReadonlySet<ExposureTag>): boolean {
  if (rule.kinds !== undefined && !rule.kinds.includes(finding.kind)) return false;
  return rule.appliesTo === 'any' || rule.appliesTo.some((tag) => tags.has(tag));
}

/** Urgency first; at equal urgency a country's own step outranks a generic one. */
function rank(rule: GuidanceRule): number {
  return URGENCIES.indexOf(rule.urgency) * 2 + (rule.scope === 'generic' ? 1 : 0);
}

/** A generic step links the finding's own country's page when it has one, else its neutral page. */
function toStep(rule: GuidanceRule, country: GuidanceCountry | undefined): GuidanceStep {
  const local = country === undefined ? undefined : rule.localLinks?.[country];
  return {
    id: rule.id,
    scope: rule.scope,
    urgency: rule.urgency,
    messages: stepMessages(rule),
    officialUrl: local?.url ?? rule.officialUrl,
    extraLinks: rule.extraLinks ?? [],
    officialLanguages: local?.languages ?? rule.officialLanguages,
    sourceUrl: rule.sourceUrl,
    verification: rule.verification,
    lastChecked: rule.lastChecked,
  };
}

/**
 * The steps for one finding, most urgent first. Within one urgency, country steps come before
 * generic ones and keep the order of their rule file, which lists them by importance.
 */
export function guidanceFor(finding: GuidanceFinding, rules = GUIDANCE_RULES): GuidanceStep[] {
  const country = guidanceCountry(finding);
  const tags = exposureTags(finding.kind, finding.dataClasses);
  const chosen = rules.filter(
    (rule) => (rule.scope === 'generic' || rule.scope === country) && applies(rule, finding, tags),
  );
  // Sorting is stable, so equal ranks keep their rule-file order.
  return chosen.toSorted((a, b) => rank(a) - rank(b)).map((rule) => toStep(rule, country));
}
