import { PERSONAL_DATA_TAGS, type GuidanceRule } from '../types.ts';
import {
  CHANGE_PASSWORD_LINKS,
  MAILBOX_SESSIONS_LINKS,
  SCAM_REPORT_LINKS,
  SIM_SWAP_LINKS,
  TWO_STEP_LINKS,
} from './generic-local-links.ts';

// Steps that help wherever the person lives. Country files add the local services.
// The default link of a generic step is shown in every country, so it is always neutral (an NGO
// or an EU body); a national authority's page goes in `localLinks` under its own country only.
const GENERIC = { scope: 'generic', lastChecked: '2026-11' } as const;

const EFF_PASSWORDS = 'https://ssd.eff.org/module/creating-strong-passwords';
const EFF_TWO_STEP = 'https://ssd.eff.org/module/how-enable-two-factor-authentication';
// Europol and the European Banking Federation's cyber-scams guide (vishing, smishing, SIM swapping),
// published in every EU language.
const EUROPOL_SCAMS =
  'https://europol.europa.eu/activities-services/public-awareness-and-prevention-guides/take-control-of-your-digital-life-don%E2%80%99t-be-victim-of-cyber-scams';
const EUROPOL_SCAMS_LANGUAGES = [
  'en',
  'pl',
  'da',
  'nl',
  'fr',
  'de',
  'sv',
  'no',
  'fi',
  'es',
  'it',
  'et',
  'cs',
];

export const GENERIC_RULES: readonly GuidanceRule[] = [
  {
    ...GENERIC,
    id: 'generic-change-password',
    urgency: 'now',
    appliesTo: ['password'],
    cost: 'free',
    lasts: 'permanent',
    officialUrl: EFF_PASSWORDS,
    officialLanguages: ['en'],
    localLinks: CHANGE_PASSWORD_LINKS,
    sourceUrl:
      'https://nask.pl/aktualnosci/twoje-dane-osobowe-wyciekly-musisz-dzialac-szybko-sprawdz-co-robic',
    verification: 'partly-verified',
  },
  {
    ...GENERIC,
    id: 'generic-two-step',
    urgency: 'now',
    appliesTo: ['password', 'email'],
    cost: 'free',
    lasts: 'permanent',
    officialUrl: EFF_TWO_STEP,
    officialLanguages: ['en'],
    localLinks: TWO_STEP_LINKS,
    sourceUrl: 'https://www.cisa.gov/mfa',
    verification: 'verified',
  },
  {
    ...GENERIC,
    id: 'generic-mailbox-sessions',
    urgency: 'soon',
    appliesTo: ['password'],
    kinds: ['email', 'password'],
    cost: 'free',
    lasts: 'one-off',
    // CiviCERT's Digital First Aid Kit: what to check in an account someone else got into.
    officialUrl: 'https://digitalfirstaid.org/topics/account-access-issues',
    officialLanguages: ['en'],
    localLinks: MAILBOX_SESSIONS_LINKS,
    sourceUrl: 'https://www.ncsc.gov.uk/guidance/recovering-a-hacked-account',
    verification: 'partly-verified',
  },
  {
    ...GENERIC,
    id: 'generic-sim-swap-pin',
    urgency: 'soon',
    appliesTo: ['phone', 'national-id'],
    cost: 'own',
    lasts: 'until-removed',
    // The PIN itself comes from the person's own mobile operator; the link only explains the scam.
    officialUrl: EUROPOL_SCAMS,
    officialLanguages: EUROPOL_SCAMS_LANGUAGES,
    localLinks: SIM_SWAP_LINKS,
    sourceUrl: 'https://www.libertyfcu.org/page/protect-yourself-from-sim-swap-and-port-out-scams',
    verification: 'partly-verified',
  },
  {
    ...GENERIC,
    id: 'generic-expect-phishing',
    urgency: 'soon',
    appliesTo: ['email', 'phone', 'health'],
    cost: 'free',
    lasts: 'ongoing',
    officialUrl: EUROPOL_SCAMS,
    officialLanguages: EUROPOL_SCAMS_LANGUAGES,
    localLinks: SCAM_REPORT_LINKS,
    sourceUrl: 'https://www.upday.com/dk/politi-varsler-patienter-om-svindel-efter-datalaek',
    verification: 'partly-verified',
  },
  {
    ...GENERIC,
    id: 'generic-keep-notice',
    urgency: 'when-you-can',
    appliesTo: PERSONAL_DATA_TAGS,
    cost: 'free',
    lasts: 'one-off',
    officialUrl: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
    officialLanguages: ['en', 'pl', 'da', 'nl', 'fr', 'de', 'sv', 'fi', 'es', 'it', 'et', 'cs'],
    sourceUrl: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
    verification: 'verified',
  },
];
