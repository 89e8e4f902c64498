import { PERSONAL_DATA_TAGS, type GuidanceRule } from '../types.ts';

// Sweden. One fraud block at a credit-reference company reaches the others within an hour.
const SE = { scope: 'SE', officialLanguages: ['sv'], lastChecked: '2026-11' } as const;

export const SE_RULES: readonly GuidanceRule[] = [
  {
    ...SE,
    id: 'se-fraud-block',
    urgency: 'now',
    appliesTo: ['national-id', 'id-document'],
    cost: 'free',
    lasts: 'own',
    officialUrl: 'https://www.creditsafe.com/se/sv/kontakt/vanliga-fragor/sparra-ditt-personnummer.html',
    extraLinks: [{ name: 'UC', url: 'https://www.uc.se' }],
    sourceUrl: 'https://www.creditsafe.com/se/sv/kontakt/vanliga-fragor/sparra-ditt-personnummer.html',
    verification: 'verified',
  },
  {
    ...SE,
    id: 'se-check-address',
    urgency: 'soon',
    appliesTo: ['national-id', 'address'],
    cost: 'free',
    lasts: 'one-off',
    officialUrl: 'https://www.skatteverket.se',
    extraLinks: [{ name: 'Svensk Adressändring', url: 'https://www.adressandring.se' }],
    sourceUrl: 'https://frejaeid.com/hjalp-vid-id-kapning/',
    verification: 'partly-verified',
  },
  {
    ...SE,
    id: 'se-police-report',
    urgency: 'when-you-can',
    appliesTo: ['national-id', 'id-document', 'bank'],
    cost: 'free',
    lasts: 'one-off',
    officialUrl: 'https://polisen.se',
    sourceUrl: 'https://www.creditsafe.com/se/sv/kontakt/vanliga-fragor/sparra-ditt-personnummer.html',
    verification: 'verified',
  },
  {
    ...SE,
    id: 'se-imy-complaint',
    urgency: 'when-you-can',
    appliesTo: PERSONAL_DATA_TAGS,
    cost: 'free',
    lasts: 'one-off',
    sharedWhy: 'dpa-complaint',
    officialUrl: 'https://www.imy.se',
    sourceUrl: 'https://www.imy.se',
    verification: 'partly-verified',
  },
];
