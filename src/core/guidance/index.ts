// Guidance engine: data-driven breach-response steps per country, resolved for one finding.
export { guidanceFor, guidanceCountry, leadingTags } from './guidance-for.ts';
export { otherCheckableKinds, type AlongsideKind } from './other-checkable.ts';
export { alsoLeaked } from './also-leaked.ts';
export { exposureTags } from './exposure-tags.ts';
export { NATIONAL_ID_COUNTRY, nationalIdCountry } from './national-id-countries.ts';
export { GUIDANCE_RULES } from './rules/index.ts';
export {
  LAST_CHECKED_KEY,
  LINK_LOCAL_LANGUAGE_KEY,
  ruleMessageKey,
  stepMessages,
  urgencyKey,
} from './message-keys.ts';
export { EXPOSURE_TAGS, GUIDANCE_COUNTRIES, PERSONAL_DATA_TAGS, URGENCIES } from './types.ts';
export type {
  ExposureTag,
  ExtraLink,
  GuidanceCountry,
  GuidanceFinding,
  GuidanceRule,
  GuidanceScope,
  GuidanceStep,
  LocalLink,
  SharedLasts,
  SharedWhy,
  StepMessages,
  Urgency,
  Verification,
} from './types.ts';
