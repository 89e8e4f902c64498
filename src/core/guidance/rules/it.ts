import { PERSONAL_DATA_TAGS, type GuidanceRule } from '../types.ts';

// Italy. The codice fiscale can be derived from name and birth data, so the leak itself adds
// little; stolen documents and bank credentials are what matter.
const IT = { scope: 'IT', officialLanguages: ['it'], lastChecked: '2026-11' } as const;

export const IT_RULES: readonly GuidanceRule[] = [
  {
    ...IT,
    id: 'it-block-cie',
    urgency: 'now',
    appliesTo: ['id-document'],
    cost: 'new-document-fee',
    lasts: 'permanent',
    officialUrl: 'https://www.cartaidentita.interno.gov.it',
    sourceUrl: 'https://www.cartaidentita.interno.gov.it',
    verification: 'partly-verified',
  },
  {
    ...IT,
    id: 'it-check-crif',
    urgency: 'soon',
    appliesTo: ['national-id', 'id-document'],
    cost: 'free',
    lasts: 'one-off',
    officialUrl: 'https://www.crif.it',
    extraLinks: [{ name: "Banca d'Italia – Centrale dei rischi", url: 'https://www.bancaditalia.it' }],
    sourceUrl: 'https://www.crif.it',
    verification: 'partly-verified',
  },
  {
    ...IT,
    id: 'it-polizia-postale',
    urgency: 'soon',
    appliesTo: ['national-id', 'id-document', 'bank', 'email', 'phone'],
    cost: 'free',
    lasts: 'one-off',
    officialUrl: 'https://www.commissariatodips.it',
    sourceUrl: 'https://www.laleggepertutti.it/137674_come-fare-denuncia-alla-polizia-postale',
    verification: 'verified',
  },
  {
    ...IT,
    id: 'it-garante-complaint',
    urgency: 'when-you-can',
    appliesTo: PERSONAL_DATA_TAGS,
    cost: 'free',
    lasts: 'one-off',
    sharedWhy: 'dpa-complaint',
    officialUrl: 'https://www.garanteprivacy.it',
    sourceUrl: 'https://www.garanteprivacy.it',
    verification: 'verified',
  },
];
