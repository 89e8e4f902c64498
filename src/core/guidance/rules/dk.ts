import { PERSONAL_DATA_TAGS, type GuidanceRule } from '../types.ts';

// Denmark. There is no full block of a CPR number; the credit warning is the official tool.
const DK = { scope: 'DK', officialLanguages: ['da'], lastChecked: '2026-11' } as const;
const BORGER_IDENTITY_THEFT =
  'https://www.borger.dk/internet-og-sikkerhed/identitetstyveri/offer-for-identitetstyveri';

export const DK_RULES: readonly GuidanceRule[] = [
  {
    ...DK,
    id: 'dk-credit-warning',
    urgency: 'now',
    appliesTo: ['national-id', 'id-document'],
    cost: 'free',
    lasts: 'until-removed',
    officialUrl: 'https://www.cpr.dk/borgere/kreditadvarsel/',
    extraLinks: [
      {
        name: 'Life in Denmark (English)',
        url: 'https://lifeindenmark.borger.dk/apps-and-digital-services/credit-warning',
      },
    ],
    sourceUrl: 'https://lifeindenmark.borger.dk/apps-and-digital-services/credit-warning',
    verification: 'verified',
  },
  {
    ...DK,
    id: 'dk-identity-theft-hotline',
    urgency: 'soon',
    appliesTo: ['national-id', 'id-document'],
    cost: 'free',
    lasts: 'one-off',
    officialUrl: 'https://sikkerdigital.dk/hotline-ved-identitetstyveri',
    sourceUrl: BORGER_IDENTITY_THEFT,
    verification: 'verified',
  },
  {
    ...DK,
    id: 'dk-block-mitid',
    urgency: 'now',
    appliesTo: ['password'],
    cost: 'free',
    lasts: 'one-off',
    officialUrl: 'https://www.mitid.dk',
    sourceUrl: 'https://www.sikkerdigital.dk/borger/naar-skaden-er-sket/offer-for-identitetstyveri',
    verification: 'verified',
  },
  {
    ...DK,
    id: 'dk-cyber-hotline',
    urgency: 'soon',
    appliesTo: ['email', 'phone', 'password'],
    cost: 'free',
    lasts: 'one-off',
    officialUrl: 'https://www.sikkerdigital.dk/borger/naar-skaden-er-sket/offer-for-identitetstyveri',
    sourceUrl: 'https://www.sikkerdigital.dk/borger/naar-skaden-er-sket/offer-for-identitetstyveri',
    verification: 'verified',
  },
  {
    ...DK,
    id: 'dk-police-report',
    urgency: 'when-you-can',
    appliesTo: ['national-id', 'id-document', 'bank'],
    cost: 'free',
    lasts: 'one-off',
    sharedWhy: 'police-report',
    officialUrl: 'https://politi.dk',
    sourceUrl: BORGER_IDENTITY_THEFT,
    verification: 'verified',
  },
  {
    ...DK,
    id: 'dk-datatilsynet-complaint',
    urgency: 'when-you-can',
    appliesTo: PERSONAL_DATA_TAGS,
    cost: 'free',
    lasts: 'one-off',
    sharedWhy: 'dpa-complaint',
    officialUrl: 'https://www.datatilsynet.dk',
    sourceUrl: 'https://www.datatilsynet.dk',
    verification: 'partly-verified',
  },
];
