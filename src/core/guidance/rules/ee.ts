import { PERSONAL_DATA_TAGS, type GuidanceRule } from '../types.ts';

// Estonia. Strong e-identity means a leaked isikukood alone opens little; the certificates on a
// lost card or a compromised Smart-ID are what to lock first.
const EE = { scope: 'EE', officialLanguages: ['et', 'en', 'ru'], lastChecked: '2026-11' } as const;

export const EE_RULES: readonly GuidanceRule[] = [
  {
    ...EE,
    id: 'ee-suspend-certificates',
    urgency: 'now',
    appliesTo: ['id-document', 'password'],
    cost: 'free',
    lasts: 'own',
    officialUrl: 'https://www.id.ee/en/rubriik/certificates/',
    sourceUrl: 'https://www2.politsei.ee/et/nouanded/id-kaart-ja-pass/kui-id-kaart-voi-pass-kaob/',
    verification: 'verified',
  },
  {
    ...EE,
    id: 'ee-data-tracker',
    urgency: 'soon',
    appliesTo: ['national-id', 'health'],
    cost: 'free',
    lasts: 'one-off',
    officialUrl: 'https://www.eesti.ee',
    sourceUrl: 'https://www.eesti.ee',
    verification: 'partly-verified',
  },
  {
    ...EE,
    id: 'ee-report-cert',
    urgency: 'soon',
    appliesTo: ['email', 'phone'],
    cost: 'free',
    lasts: 'one-off',
    officialUrl: 'https://www.ria.ee',
    sourceUrl: 'https://www.ria.ee',
    verification: 'partly-verified',
  },
  {
    ...EE,
    id: 'ee-police-report',
    urgency: 'when-you-can',
    appliesTo: ['national-id', 'id-document', 'bank'],
    cost: 'free',
    lasts: 'one-off',
    sharedWhy: 'police-report',
    officialUrl: 'https://www.politsei.ee',
    sourceUrl:
      'https://news.postimees.ee/7994477/apotheka-data-leak-concerned-hundreds-of-thousands-of-customers',
    verification: 'partly-verified',
  },
  {
    ...EE,
    id: 'ee-aki-complaint',
    urgency: 'when-you-can',
    appliesTo: PERSONAL_DATA_TAGS,
    cost: 'free',
    lasts: 'one-off',
    sharedWhy: 'dpa-complaint',
    officialUrl: 'https://www.aki.ee',
    sourceUrl: 'https://www.aki.ee',
    verification: 'partly-verified',
  },
];
