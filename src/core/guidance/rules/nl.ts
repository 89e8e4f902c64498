import { PERSONAL_DATA_TAGS, type GuidanceRule } from '../types.ts';

// The Netherlands. RvIG's line: a leaked BSN alone carries little risk and is never changed;
// a leaked copy of an ID document is the thing to act on.
const NL = { scope: 'NL', officialLanguages: ['nl'], lastChecked: '2026-11' } as const;
const CMI = 'https://www.rvig.nl/centraal-meldpunt-identiteitsfraude/';

export const NL_RULES: readonly GuidanceRule[] = [
  {
    ...NL,
    id: 'nl-replace-id-document',
    urgency: 'now',
    appliesTo: ['id-document'],
    cost: 'new-document-fee',
    lasts: 'permanent',
    officialUrl: CMI,
    sourceUrl:
      'https://www.rvig.nl/centraal-meldpunt-identiteitsfraude/melding-doen-bij-het-cmi/meldingsformulier-1-kopie-id-afgegeven',
    verification: 'verified',
  },
  {
    ...NL,
    id: 'nl-contact-cmi',
    urgency: 'soon',
    appliesTo: ['national-id', 'id-document'],
    cost: 'free',
    lasts: 'one-off',
    officialUrl: CMI,
    sourceUrl: CMI,
    verification: 'verified',
  },
  {
    ...NL,
    id: 'nl-check-bkr',
    urgency: 'soon',
    appliesTo: ['national-id', 'id-document'],
    cost: 'free',
    lasts: 'one-off',
    officialUrl: 'https://www.bkr.nl',
    sourceUrl: 'https://www.bkr.nl',
    verification: 'partly-verified',
  },
  {
    ...NL,
    id: 'nl-fraudehelpdesk',
    urgency: 'soon',
    appliesTo: ['email', 'phone', 'bank', 'health'],
    cost: 'free',
    lasts: 'one-off',
    officialUrl: 'https://www.fraudehelpdesk.nl',
    sourceUrl: 'https://www.fhdzakelijk.nl/over-ons/veelgestelde-vragen/',
    verification: 'partly-verified',
  },
  {
    ...NL,
    id: 'nl-kopieid',
    urgency: 'when-you-can',
    appliesTo: ['national-id', 'id-document'],
    cost: 'free',
    lasts: 'ongoing',
    officialUrl: 'https://www.rijksoverheid.nl/kopieid',
    sourceUrl: CMI,
    verification: 'verified',
  },
  {
    ...NL,
    id: 'nl-police-report',
    urgency: 'when-you-can',
    appliesTo: ['national-id', 'id-document', 'bank'],
    cost: 'free',
    lasts: 'one-off',
    sharedWhy: 'police-report',
    officialUrl: 'https://www.politie.nl',
    sourceUrl:
      'https://www.hackhelpdesk.nl/hulp-na-hack/ik-ben-gegevens-kwijt/identiteitsfraude/identiteitsfraude-slachtoffer',
    verification: 'verified',
  },
  {
    ...NL,
    id: 'nl-ap-complaint',
    urgency: 'when-you-can',
    appliesTo: PERSONAL_DATA_TAGS,
    cost: 'free',
    lasts: 'one-off',
    sharedWhy: 'dpa-complaint',
    officialUrl: 'https://www.autoriteitpersoonsgegevens.nl',
    sourceUrl: 'https://www.autoriteitpersoonsgegevens.nl',
    verification: 'partly-verified',
  },
];
