import { PERSONAL_DATA_TAGS, type GuidanceRule } from '../types.ts';

// Czechia. Lost documents go into the state register of invalid documents; SOLUS members
// (lenders, telecoms) also check their own register, where you can enter a document yourself.
const CZ = { scope: 'CZ', officialLanguages: ['cs'], lastChecked: '2026-11' } as const;

export const CZ_RULES: readonly GuidanceRule[] = [
  {
    ...CZ,
    id: 'cz-report-id-loss',
    urgency: 'now',
    appliesTo: ['id-document'],
    cost: 'new-document-fee',
    lasts: 'permanent',
    officialUrl: 'https://aplikace.mvcr.cz/neplatne-doklady/',
    sourceUrl:
      'https://financnigramotnost.mfcr.cz/cs/tipy-navody/tipy-a-navody-financni-vzdelavani/ztrata-obcanskeho-prukazu',
    verification: 'verified',
  },
  {
    ...CZ,
    id: 'cz-solus-register',
    urgency: 'now',
    appliesTo: ['id-document'],
    cost: 'free',
    lasts: 'own',
    officialUrl: 'https://www.solus.cz',
    sourceUrl: 'https://www.sid.cz/registr-nd/',
    verification: 'verified',
  },
  {
    ...CZ,
    id: 'cz-credit-registers',
    urgency: 'soon',
    appliesTo: ['national-id', 'id-document'],
    cost: 'own',
    lasts: 'one-off',
    officialUrl: 'https://www.kolikmam.cz',
    sourceUrl: 'https://www.kolikmam.cz',
    verification: 'partly-verified',
  },
  {
    ...CZ,
    id: 'cz-police-report',
    urgency: 'when-you-can',
    appliesTo: ['national-id', 'id-document', 'bank'],
    cost: 'free',
    lasts: 'one-off',
    sharedWhy: 'police-report',
    officialUrl: 'https://www.policie.cz',
    sourceUrl: 'https://www.policie.cz',
    verification: 'partly-verified',
  },
  {
    ...CZ,
    id: 'cz-uoou-complaint',
    urgency: 'when-you-can',
    appliesTo: PERSONAL_DATA_TAGS,
    cost: 'free',
    lasts: 'one-off',
    sharedWhy: 'dpa-complaint',
    officialUrl: 'https://uoou.gov.cz',
    sourceUrl: 'https://uoou.gov.cz',
    verification: 'partly-verified',
  },
];
