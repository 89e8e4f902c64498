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

/**
 * What a finding itself puts at risk: the tag of its own kind, plus passwords, health data, ID documents,
 * bank details and ID numbers whenever the breach lists them. An email address or a phone number that
 * leaked next to an ID number is context: the steps for it come after the number's own protection.
 */
const LEADING_TAGS: ReadonlySet<ExposureTag> = new Set([
  'password',
  'health',
  'id-document',
  'bank',
  'national-id',
]);

export function leadingTags(finding: GuidanceFinding): ReadonlySet<ExposureTag> {
  const tags = exposureTags(finding.kind, finding.dataClasses);
  const own = exposureTags(finding.kind, []);
  return new Set([...tags].filter((tag) => own.has(tag) || LEADING_TAGS.has(tag)));
}

/**
 * 0 when the step answers what the finding put at risk (its own kind, or a leading tag) or is the
 * country's route for any leak, 1 when it only answers data that leaked alongside: two-step verification
 * leads for a leaked email or password, never for an ID number from a lab breach that listed emails too.
 */
function relevance(rule: GuidanceRule, finding: GuidanceFinding, leading: ReadonlySet<ExposureTag>): number {
  if (rule.kinds?.includes(finding.kind) === true) return 0;
  if (rule.appliesTo === 'any') return 0;
  return rule.appliesTo.some((tag) => leading.has(tag)) ? 0 : 1;
}

/**
 * Order within one urgency: the country's own steps for what leaked (credit warning, identity-fraud
 * desk, its route for any leak), then, when health data leaked, the warning about scams that quote it,
 * then generic steps for what leaked, then the rest.
 */
function focus(rule: GuidanceRule, finding: GuidanceFinding, leading: ReadonlySet<ExposureTag>): number {
  const tags = rule.appliesTo === 'any' ? [] : rule.appliesTo;
  const protects =
    rule.appliesTo === 'any' ||
    rule.kinds?.includes(finding.kind) === true ||
    tags.some((tag) => leading.has(tag));
  if (protects && rule.scope !== 'generic') return 0;
  if (leading.has('health') && tags.includes('health')) return 1;
  return protects ? 2 : 3;
}

/** Relevance, then urgency, then focus; at equal rank a country's own step outranks a generic one. */
function rank(rule: GuidanceRule, finding: GuidanceFinding, leading: ReadonlySet<ExposureTag>): number {
  return (
    relevance(rule, finding, leading) * 1000 +
    URGENCIES.indexOf(rule.urgency) * 100 +
    focus(rule, finding, leading) * 10 +
    (rule.scope === 'generic' ? 1 : 0)
  );
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
 * The steps for one finding: those that protect what the finding itself exposed first (see `relevance`),
 * then the rest; each group most urgent first. Within one urgency, country steps come before generic ones
 * and keep the order of their rule file, which lists them by importance.
 */
export function guidanceFor(finding: GuidanceFinding, rules = GUIDANCE_RULES): GuidanceStep[] {
  const country = guidanceCountry(finding);
  const tags = exposureTags(finding.kind, finding.dataClasses);
  const chosen = rules.filter(
    (rule) => (rule.scope === 'generic' || rule.scope === country) && applies(rule, finding, tags),
  );
  const leading = leadingTags(finding);
  // Sorting is stable, so equal ranks keep their rule-file order.
  return chosen
    .toSorted((a, b) => rank(a, finding, leading) - rank(b, finding, leading))
    .map((rule) => toStep(rule, country));
}
