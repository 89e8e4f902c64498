import { PERSONAL_DATA_TAGS, type GuidanceRule } from '../types.ts';

// Norway. A credit freeze is free but has to be set with each credit bureau separately.
const NO = { scope: 'NO', officialLanguages: ['no'], lastChecked: '2026-11' } as const;
const DATATILSYNET_FREEZE =
  'https://www.datatilsynet.no/regelverk-og-verktoy/sporsmal-svar/kredittopplysning/hvordan-sette-sperre/';

export const NO_RULES: readonly GuidanceRule[] = [
  {
    ...NO,
    id: 'no-credit-freeze',
    urgency: 'now',
    appliesTo: ['national-id', 'id-document'],
    cost: 'free',
    lasts: 'until-removed',
    officialUrl: DATATILSYNET_FREEZE,
    sourceUrl: DATATILSYNET_FREEZE,
    verification: 'verified',
  },
  {
    ...NO,
    id: 'no-block-bankid',
    urgency: 'now',
    appliesTo: ['password'],
    cost: 'free',
    lasts: 'one-off',
    officialUrl: 'https://www.bankid.no',
    sourceUrl: 'https://www.inkassoguiden.no/inkassosporsmal/271-hva-er-en-kredittsperre',
    verification: 'partly-verified',
  },
  {
    ...NO,
    id: 'no-police-report',
    urgency: 'when-you-can',
    appliesTo: ['national-id', 'id-document', 'bank'],
    cost: 'free',
    lasts: 'one-off',
    sharedWhy: 'police-report',
    officialUrl: 'https://www.politiet.no',
    sourceUrl: 'https://www.politiet.no',
    verification: 'partly-verified',
  },
  {
    ...NO,
    id: 'no-datatilsynet-complaint',
    urgency: 'when-you-can',
    appliesTo: PERSONAL_DATA_TAGS,
    cost: 'free',
    lasts: 'one-off',
    sharedWhy: 'dpa-complaint',
    officialUrl: 'https://www.datatilsynet.no',
    sourceUrl: 'https://www.datatilsynet.no',
    verification: 'verified',
  },
];
