import type { GuidanceCountry, LocalLink } from '../types.ts';

// Each country's own page for a generic step. Every URL here is already used, and sourced, by that
// country's rule file or the generic rules before this table existed; a country missing from a
// table gets the step's neutral page instead.
type LocalLinks = Readonly<Partial<Record<GuidanceCountry, LocalLink>>>;

const NCSC_GB_HACKED_ACCOUNT: LocalLink = {
  url: 'https://www.ncsc.gov.uk/guidance/recovering-a-hacked-account',
  languages: ['en'],
};

/** Change a leaked password: national CERT advice on a leak (NASK's and Cybermalveillance's checklists). */
export const CHANGE_PASSWORD_LINKS: LocalLinks = {
  GB: NCSC_GB_HACKED_ACCOUNT,
  PL: {
    url: 'https://nask.pl/aktualnosci/twoje-dane-osobowe-wyciekly-musisz-dzialac-szybko-sprawdz-co-robic',
    languages: ['pl'],
  },
  FR: {
    url: 'https://www.cybermalveillance.gouv.fr/tous-nos-contenus/fiches-reflexes/que-faire-en-cas-de-fuite-de-donnees-personnelles',
    languages: ['fr'],
  },
};

export const TWO_STEP_LINKS: LocalLinks = {
  US: { url: 'https://www.cisa.gov/mfa', languages: ['en'] },
};

export const MAILBOX_SESSIONS_LINKS: LocalLinks = {
  GB: NCSC_GB_HACKED_ACCOUNT,
};

export const SIM_SWAP_LINKS: LocalLinks = {
  US: {
    url: 'https://www.fcc.gov/consumers/guides/protect-yourself-sim-swapping-and-port-out-fraud',
    languages: ['en'],
  },
};

/** Where to report or check a scam message or call: the national CERT or fraud helpdesk. */
export const SCAM_REPORT_LINKS: LocalLinks = {
  US: { url: 'https://www.cisa.gov/secure-our-world/recognize-and-report-phishing', languages: ['en'] },
  GB: { url: 'https://www.ncsc.gov.uk', languages: ['en'] },
  PL: { url: 'https://incydent.cert.pl', languages: ['pl'] },
  FR: {
    url: 'https://www.cybermalveillance.gouv.fr/tous-nos-contenus/fiches-reflexes/que-faire-en-cas-de-fuite-de-donnees-personnelles',
    languages: ['fr'],
  },
  NL: { url: 'https://www.fraudehelpdesk.nl', languages: ['nl'] },
  DK: {
    url: 'https://www.sikkerdigital.dk/borger/naar-skaden-er-sket/offer-for-identitetstyveri',
    languages: ['da'],
  },
  BE: { url: 'https://www.safeonweb.be', languages: ['nl', 'fr', 'de'] },
  IE: { url: 'https://www.ncsc.gov.ie', languages: ['en'] },
  FI: { url: 'https://www.kyberturvallisuuskeskus.fi', languages: ['fi', 'sv'] },
  EE: { url: 'https://www.ria.ee', languages: ['et', 'en', 'ru'] },
  ES: { url: 'https://www.incibe.es/linea-de-ayuda-en-ciberseguridad', languages: ['es', 'en'] },
  AT: { url: 'https://www.watchlist-internet.at', languages: ['de'] },
  IT: { url: 'https://www.commissariatodips.it', languages: ['it'] },
};
