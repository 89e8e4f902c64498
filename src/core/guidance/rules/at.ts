import { PERSONAL_DATA_TAGS, type GuidanceRule } from '../types.ts';

// Austria. No credit freeze; a free data-access request at the credit agencies shows contracts
// opened in your name.
const AT = { scope: 'AT', officialLanguages: ['de'], lastChecked: '2026-11' } as const;

export const AT_RULES: readonly GuidanceRule[] = [
  {
    ...AT,
    id: 'at-block-id',
    urgency: 'now',
    appliesTo: ['id-document'],
    cost: 'new-document-fee',
    lasts: 'permanent',
    officialUrl: 'https://www.oesterreich.gv.at',
    sourceUrl: 'https://www.oesterreich.gv.at',
    verification: 'partly-verified',
  },
  {
    ...AT,
    id: 'at-credit-agency-request',
    urgency: 'soon',
    appliesTo: ['national-id', 'id-document', 'address'],
    cost: 'free',
    lasts: 'one-off',
    officialUrl: 'https://www.ksv.at/hilfe-kontakt-private',
    officialLanguages: ['de', 'en'],
    extraLinks: [{ name: 'CRIF Österreich', url: 'https://www.crif.at' }],
    sourceUrl: 'https://www.ksv.at/en/help-contact-private-individuals',
    verification: 'verified',
  },
  {
    ...AT,
    id: 'at-watchlist-internet',
    urgency: 'soon',
    appliesTo: ['email', 'phone', 'id-document'],
    cost: 'free',
    lasts: 'one-off',
    officialUrl: 'https://www.watchlist-internet.at',
    sourceUrl:
      'https://m.noen.at/niederoesterreich/chronik-gericht/wenn-die-identitaet-gestohlen-wird-niederoesterreich-arbeiterkammer-michael-dunkl-betrug-136482833',
    verification: 'verified',
  },
  {
    ...AT,
    id: 'at-police-report',
    urgency: 'when-you-can',
    appliesTo: ['national-id', 'id-document', 'bank'],
    cost: 'free',
    lasts: 'one-off',
    sharedWhy: 'police-report',
    officialUrl: 'https://www.bundeskriminalamt.at',
    sourceUrl: 'https://www.bundeskriminalamt.at',
    verification: 'partly-verified',
  },
  {
    ...AT,
    id: 'at-dsb-complaint',
    urgency: 'when-you-can',
    appliesTo: PERSONAL_DATA_TAGS,
    cost: 'free',
    lasts: 'one-off',
    sharedWhy: 'dpa-complaint',
    officialUrl: 'https://www.dsb.gv.at',
    sourceUrl: 'https://www.dsb.gv.at',
    verification: 'partly-verified',
  },
];
