import { PERSONAL_DATA_TAGS, type GuidanceRule } from '../types.ts';

// Belgium. DOC STOP blocks documents around the clock; Checkdoc then warns banks and others.
const BE = { scope: 'BE', officialLanguages: ['nl', 'fr', 'de'], lastChecked: '2026-11' } as const;

export const BE_RULES: readonly GuidanceRule[] = [
  {
    ...BE,
    id: 'be-doc-stop',
    urgency: 'now',
    appliesTo: ['id-document'],
    cost: 'free',
    lasts: 'own',
    officialUrl: 'https://www.docstop.be',
    sourceUrl:
      'https://www.politie.be/5427/vragen/verlies-of-diefstal/identiteitsdocument-verloren-of-gestolen-laat-het-blokkeren',
    verification: 'verified',
  },
  {
    ...BE,
    id: 'be-credit-register',
    urgency: 'soon',
    appliesTo: ['national-id', 'id-document'],
    cost: 'free',
    lasts: 'one-off',
    officialUrl: 'https://www.nbb.be',
    sourceUrl: 'https://www.nbb.be',
    verification: 'unverified',
  },
  {
    ...BE,
    id: 'be-safeonweb',
    urgency: 'soon',
    appliesTo: ['email', 'phone', 'health'],
    cost: 'free',
    lasts: 'one-off',
    officialUrl: 'https://www.safeonweb.be',
    sourceUrl: 'https://www.safeonweb.be',
    verification: 'partly-verified',
  },
  {
    ...BE,
    id: 'be-police-report',
    urgency: 'when-you-can',
    appliesTo: ['national-id', 'id-document', 'bank'],
    cost: 'free',
    lasts: 'one-off',
    sharedWhy: 'police-report',
    officialUrl: 'https://www.police.be',
    sourceUrl:
      'https://www.politie.be/5910/vragen/verlies-of-diefstal/verlies-of-diefstal-van-uw-elektronische-identiteitskaart',
    verification: 'verified',
  },
  {
    ...BE,
    id: 'be-dpa-complaint',
    urgency: 'when-you-can',
    appliesTo: PERSONAL_DATA_TAGS,
    cost: 'free',
    lasts: 'one-off',
    sharedWhy: 'dpa-complaint',
    officialUrl: 'https://www.dataprotectionauthority.be',
    officialLanguages: ['nl', 'fr', 'de', 'en'],
    sourceUrl: 'https://www.dataprotectionauthority.be',
    verification: 'partly-verified',
  },
];
