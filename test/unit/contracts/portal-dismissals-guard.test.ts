import { describe, expect, it } from 'vitest';
import { asPortalDismissals } from '../../../src/contracts/portal-dismissals-guard.ts';
import { portalDismissalsSchema } from '../../../src/contracts/portal-dismissals.ts';

const AT = '2026-11-20T10:00:00.000Z';
const RECORDS: [string, unknown][] = [
  ['empty', {}],
  ['one site', { 'alablaboratoria.pl': { incidentId: 'alab-2023', dismissedAt: AT } }],
  [
    'offset time',
    { 'kch.nhs.uk': { incidentId: 'synnovis-2024', dismissedAt: '2026-11-20T10:00:00+01:00' } },
  ],
  ['not an object', 'yes'],
  ['null', null],
  ['an array', [{ incidentId: 'a', dismissedAt: AT }]],
  ['entry not an object', { 'alablaboratoria.pl': 'yes' }],
  ['upper-case domain', { 'ALAB.pl': { incidentId: 'a', dismissedAt: AT } }],
  ['domain without a dot', { localhost: { incidentId: 'a', dismissedAt: AT } }],
  ['id too long', { 'alab.pl': { incidentId: 'x'.repeat(101), dismissedAt: AT } }],
  ['id not a string', { 'alab.pl': { incidentId: 7, dismissedAt: AT } }],
  ['date only', { 'alab.pl': { incidentId: 'a', dismissedAt: '2026-11-20' } }],
  ['no zone', { 'alab.pl': { incidentId: 'a', dismissedAt: '2026-11-20T10:00:00' } }],
  ['one bad among good', { 'alab.pl': { incidentId: 'a', dismissedAt: AT }, 'x.pl': { incidentId: 'b' } }],
];

describe('the hand-written dismissal check the content script uses', () => {
  it.each(RECORDS)('agrees with portalDismissalsSchema: %s', (_name, record) => {
    const parsed = portalDismissalsSchema.safeParse(record);
    expect(asPortalDismissals(record)).toStrictEqual(parsed.success ? parsed.data : undefined);
  });
});
