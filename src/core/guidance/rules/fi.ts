import { PERSONAL_DATA_TAGS, type GuidanceRule } from '../types.ts';

// Finland. The self-imposed credit ban is paid and must be set with each register keeper.
const FI = { scope: 'FI', officialLanguages: ['fi', 'sv'], lastChecked: '2026-11' } as const;
const DVV_GUIDE = 'https://dvv.fi/-/kysymyksia-ja-vastauksia-identiteettivarkauden-ja-tietovuodon-uhreille';

export const FI_RULES: readonly GuidanceRule[] = [
  {
    ...FI,
    id: 'fi-dvv-guide',
    urgency: 'now',
    appliesTo: ['national-id', 'id-document'],
    cost: 'free',
    lasts: 'one-off',
    officialUrl: DVV_GUIDE,
    sourceUrl: DVV_GUIDE,
    verification: 'verified',
  },
  {
    ...FI,
    id: 'fi-credit-ban',
    urgency: 'soon',
    appliesTo: ['national-id', 'id-document'],
    cost: 'own',
    lasts: 'own',
    officialUrl: 'https://www.asiakastieto.fi',
    extraLinks: [{ name: 'Dun & Bradstreet Finland', url: 'https://www.dnb.com/fi-fi/' }],
    sourceUrl: 'https://www.is.fi/taloussanomat/art-2000006699564.html',
    verification: 'partly-verified',
  },
  {
    ...FI,
    id: 'fi-report-phishing',
    urgency: 'soon',
    appliesTo: ['email', 'phone'],
    cost: 'free',
    lasts: 'one-off',
    officialUrl: 'https://www.kyberturvallisuuskeskus.fi',
    sourceUrl: 'https://www.kyberturvallisuuskeskus.fi',
    verification: 'partly-verified',
  },
  {
    ...FI,
    id: 'fi-police-report',
    urgency: 'when-you-can',
    appliesTo: ['national-id', 'id-document', 'bank'],
    cost: 'free',
    lasts: 'one-off',
    sharedWhy: 'police-report',
    officialUrl: 'https://poliisi.fi',
    sourceUrl: 'https://yle.fi/uutiset/3-11635095?origin=rss',
    verification: 'verified',
  },
  {
    ...FI,
    id: 'fi-tietosuoja-complaint',
    urgency: 'when-you-can',
    appliesTo: PERSONAL_DATA_TAGS,
    cost: 'free',
    lasts: 'one-off',
    sharedWhy: 'dpa-complaint',
    officialUrl: 'https://tietosuoja.fi',
    sourceUrl: 'https://tietosuoja.fi',
    verification: 'partly-verified',
  },
];
