import type { IdentifierKind } from '../identifiers/types.ts';

/** Countries that have their own rule file. ISO 3166-1 alpha-2. */
export const GUIDANCE_COUNTRIES = [
  'PL',
  'DK',
  'NL',
  'FR',
  'GB',
  'US',
  'SE',
  'NO',
  'FI',
  'BE',
  'ES',
  'IT',
  'EE',
  'CZ',
  'IE',
  'AT',
  'DE',
] as const;
export type GuidanceCountry = (typeof GUIDANCE_COUNTRIES)[number];

/** Where a rule comes from: one country's rules, or the steps that help everywhere. */
export type GuidanceScope = GuidanceCountry | 'generic';

/**
 * How soon a step should be done. `now`: today, it closes a door that is open right now;
 * `soon`: this week; `when-you-can`: useful, but nothing gets worse by waiting a little.
 */
export const URGENCIES = ['now', 'soon', 'when-you-can'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** What kind of data a breach exposed, in the coarse terms the rules are written in. */
export const EXPOSURE_TAGS = [
  'national-id',
  'id-document',
  'health',
  'email',
  'phone',
  'password',
  'address',
  'bank',
] as const;
export type ExposureTag = (typeof EXPOSURE_TAGS)[number];

/**
 * Exposures that mean an organisation lost your personal data: the cases where a breach notice
 * exists and a data-protection complaint makes sense. A password found in a cracked-password list
 * alone is none of these.
 */
export const PERSONAL_DATA_TAGS: readonly ExposureTag[] = [
  'national-id',
  'id-document',
  'health',
  'email',
  'phone',
  'address',
  'bank',
];

/** Shared wording for the common costs and durations, so each is translated once. */
export type SharedCost = 'free' | 'new-document-fee';
export type SharedLasts = 'permanent' | 'until-removed' | 'one-off' | 'ongoing';

/** How well the rule's facts were checked against a published source (see docs in guidance.md). */
export type Verification = 'verified' | 'partly-verified' | 'unverified';

/** A link that belongs to a step besides its main official link; `name` is a proper noun, never translated. */
export interface ExtraLink {
  name: string;
  url: string;
}

/** A country's own page for a generic step; `languages` are the page's languages (BCP 47 primary tags). */
export interface LocalLink {
  url: string;
  languages: readonly string[];
}

/** One rule, written as data in a country file. Text lives in the locale files under keys derived from `id`. */
export interface GuidanceRule {
  /** Stable, kebab-case, starts with the scope (`pl-…`, `generic-…`); progress is stored against it. */
  id: string;
  scope: GuidanceScope;
  urgency: Urgency;
  /** The rule applies when the finding exposed any of these, or always for `any`. */
  appliesTo: readonly ExposureTag[] | 'any';
  /** Narrows the rule to findings of these kinds (e.g. the IRS IP PIN is only for an SSN). */
  kinds?: readonly IdentifierKind[];
  /** A shared cost phrase, or `own` for a rule-specific `…_cost` message. */
  cost: SharedCost | 'own';
  /** A shared duration phrase, or `own` for a rule-specific `…_lasts` message. */
  lasts: SharedLasts | 'own';
  /** Use a shared explanation (e.g. for police reports) instead of a rule-specific `…_why`. */
  sharedWhy?: SharedWhy;
  officialUrl: string;
  extraLinks?: readonly ExtraLink[];
  /** Languages the official page is available in (BCP 47 primary tags). */
  officialLanguages: readonly string[];
  /**
   * Generic rules only: a country's own page that replaces `officialUrl` for findings of that
   * country. `officialUrl` itself must then be neutral (an NGO, an EU body), never one country's
   * authority, because it is shown to everyone else.
   */
  localLinks?: Readonly<Partial<Record<GuidanceCountry, LocalLink>>>;
  /** The published page this rule's facts were taken from. */
  sourceUrl: string;
  verification: Verification;
  /** Month the facts were last checked (YYYY-MM), shown next to the step. */
  lastChecked: string;
}

export type SharedWhy = 'police-report' | 'dpa-complaint';

/** i18n message keys for one step; all exist in every shipped locale (a test checks). */
export interface StepMessages {
  title: string;
  why: string;
  cost: string;
  lasts: string;
}

/** What the UI renders: a rule resolved for one finding. */
export interface GuidanceStep {
  id: string;
  scope: GuidanceScope;
  urgency: Urgency;
  messages: StepMessages;
  officialUrl: string;
  extraLinks: readonly ExtraLink[];
  officialLanguages: readonly string[];
  sourceUrl: string;
  verification: Verification;
  lastChecked: string;
}

/** A finding as the guidance engine needs it; contains no identifier value. */
export interface GuidanceFinding {
  kind: IdentifierKind;
  /** The person's country (ISO alpha-2). For national IDs the issuing country is used instead. */
  country?: string | undefined;
  /** Data classes of the breach as published (free text such as "pesel", "Email addresses", "lab-results"). */
  dataClasses: readonly string[];
}
