import { PERSONAL_DATA_TAGS, type GuidanceRule } from '../types.ts';

// France. The NIR cannot be changed and there is no credit freeze; the risk is mostly
// convincing phishing in the name of the Assurance Maladie, and identity theft with documents.
const FR = { scope: 'FR', officialLanguages: ['fr'], lastChecked: '2026-11' } as const;
const CNIL_LEAK_ADVICE = 'https://www.cnil.fr/fr/conseils-fuite-vol-donnees';

export const FR_RULES: readonly GuidanceRule[] = [
  {
    ...FR,
    id: 'fr-declare-lost-id',
    urgency: 'now',
    appliesTo: ['id-document'],
    cost: 'new-document-fee',
    lasts: 'permanent',
    officialUrl: 'https://ants.gouv.fr',
    sourceUrl: 'https://ants.gouv.fr',
    verification: 'partly-verified',
  },
  {
    ...FR,
    id: 'fr-ameli-vigilance',
    urgency: 'now',
    appliesTo: ['national-id', 'health'],
    cost: 'free',
    lasts: 'ongoing',
    officialUrl: 'https://www.ameli.fr',
    sourceUrl: CNIL_LEAK_ADVICE,
    verification: 'partly-verified',
  },
  {
    ...FR,
    id: 'fr-cybermalveillance',
    urgency: 'soon',
    appliesTo: 'any',
    cost: 'free',
    lasts: 'one-off',
    officialUrl:
      'https://www.cybermalveillance.gouv.fr/tous-nos-contenus/fiches-reflexes/que-faire-en-cas-de-fuite-de-donnees-personnelles',
    sourceUrl:
      'https://www.cybermalveillance.gouv.fr/tous-nos-contenus/fiches-reflexes/que-faire-en-cas-de-fuite-de-donnees-personnelles',
    verification: 'verified',
  },
  {
    ...FR,
    id: 'fr-report-33700',
    urgency: 'soon',
    appliesTo: ['phone'],
    cost: 'free',
    lasts: 'one-off',
    officialUrl: 'https://www.33700.fr',
    sourceUrl: 'https://www.33700.fr',
    verification: 'partly-verified',
  },
  {
    ...FR,
    id: 'fr-17cyber',
    urgency: 'when-you-can',
    appliesTo: ['national-id', 'id-document', 'bank'],
    cost: 'free',
    lasts: 'one-off',
    officialUrl: 'https://www.17cyber.gouv.fr',
    sourceUrl: 'https://www.17cyber.gouv.fr',
    verification: 'verified',
  },
  {
    ...FR,
    id: 'fr-check-ficp',
    urgency: 'when-you-can',
    appliesTo: ['national-id', 'id-document'],
    cost: 'free',
    lasts: 'one-off',
    officialUrl: 'https://www.banque-france.fr',
    sourceUrl: 'https://www.banque-france.fr',
    verification: 'partly-verified',
  },
  {
    ...FR,
    id: 'fr-cnil-complaint',
    urgency: 'when-you-can',
    appliesTo: PERSONAL_DATA_TAGS,
    cost: 'free',
    lasts: 'one-off',
    sharedWhy: 'dpa-complaint',
    officialUrl: 'https://www.cnil.fr/fr/plaintes',
    sourceUrl: CNIL_LEAK_ADVICE,
    verification: 'partly-verified',
  },
];
