import { PERSONAL_DATA_TAGS, type GuidanceRule } from '../types.ts';

// Ireland. The Central Credit Register is keyed on the PPSN and shows every lender's footprint.
const IE = { scope: 'IE', officialLanguages: ['en'], lastChecked: '2026-11' } as const;
const CCR_RIGHTS =
  'https://www.centralcreditregister.ie/borrower-area/apply-for-your-credit-report-and-other-rights/';

export const IE_RULES: readonly GuidanceRule[] = [
  {
    ...IE,
    id: 'ie-ccr-impersonation-notice',
    urgency: 'now',
    appliesTo: ['national-id', 'id-document'],
    cost: 'free',
    lasts: 'own',
    officialUrl: CCR_RIGHTS,
    sourceUrl: CCR_RIGHTS,
    verification: 'verified',
  },
  {
    ...IE,
    id: 'ie-ccr-report',
    urgency: 'soon',
    appliesTo: ['national-id', 'id-document'],
    cost: 'free',
    lasts: 'one-off',
    officialUrl: CCR_RIGHTS,
    sourceUrl: 'https://www.centralcreditregister.ie/borrower-area/the-credit-report/',
    verification: 'verified',
  },
  {
    ...IE,
    id: 'ie-ncsc-advice',
    urgency: 'soon',
    appliesTo: ['email', 'phone', 'health'],
    cost: 'free',
    lasts: 'one-off',
    officialUrl: 'https://www.ncsc.gov.ie',
    sourceUrl: 'https://www.ncsc.gov.ie',
    verification: 'partly-verified',
  },
  {
    ...IE,
    id: 'ie-garda-report',
    urgency: 'when-you-can',
    appliesTo: ['national-id', 'id-document', 'bank'],
    cost: 'free',
    lasts: 'one-off',
    sharedWhy: 'police-report',
    officialUrl: 'https://www.garda.ie',
    sourceUrl: 'https://www.garda.ie',
    verification: 'partly-verified',
  },
  {
    ...IE,
    id: 'ie-dpc-complaint',
    urgency: 'when-you-can',
    appliesTo: PERSONAL_DATA_TAGS,
    cost: 'free',
    lasts: 'one-off',
    sharedWhy: 'dpa-complaint',
    officialUrl: 'https://www.dataprotection.ie',
    sourceUrl: 'https://www.dataprotection.ie',
    verification: 'partly-verified',
  },
];
