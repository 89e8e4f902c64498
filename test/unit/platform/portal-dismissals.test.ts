import { describe, expect, it } from 'vitest';
import { PORTAL_DISMISSALS_STORAGE_KEY } from '../../../src/contracts/portal-dismissals.ts';
import { dismissPortal, isPortalDismissed } from '../../../src/platform/portal-dismissals.ts';
import { FakeEvent } from '../../support/fake-event.ts';
import { FakeStorageArea } from '../../support/fake-storage-area.ts';

const NOW = new Date('2026-11-20T10:00:00.000Z');

describe('portal dismissals', () => {
  it('remembers a dismissal per site', async () => {
    const storage = new FakeStorageArea(new FakeEvent());
    expect(await isPortalDismissed('alablaboratoria.pl', 'alab-2023', storage)).toBe(false);
    await dismissPortal('alablaboratoria.pl', 'alab-2023', storage, NOW);
    expect(await isPortalDismissed('alablaboratoria.pl', 'alab-2023', storage)).toBe(true);
    expect(await isPortalDismissed('cerballiance.fr', 'cerballiance-2026', storage)).toBe(false);
  });

  it('shows the warning again when a newer incident is catalogued', async () => {
    const storage = new FakeStorageArea(new FakeEvent());
    await dismissPortal('cerballiance.fr', 'cerballiance-paca-2025', storage, NOW);
    expect(await isPortalDismissed('cerballiance.fr', 'cerballiance-2026', storage)).toBe(false);
  });

  it('stores only the domain, the incident id and the time', async () => {
    const storage = new FakeStorageArea(new FakeEvent());
    await dismissPortal('alablaboratoria.pl', 'alab-2023', storage, NOW);
    await dismissPortal('kch.nhs.uk', 'synnovis-2024', storage, NOW);
    expect((await storage.get(PORTAL_DISMISSALS_STORAGE_KEY))[PORTAL_DISMISSALS_STORAGE_KEY]).toEqual({
      'alablaboratoria.pl': { incidentId: 'alab-2023', dismissedAt: NOW.toISOString() },
      'kch.nhs.uk': { incidentId: 'synnovis-2024', dismissedAt: NOW.toISOString() },
    });
  });

  it('treats a corrupt record as "not dismissed" and repairs it on the next dismissal', async () => {
    const storage = new FakeStorageArea(new FakeEvent());
    await storage.set({ [PORTAL_DISMISSALS_STORAGE_KEY]: { 'alablaboratoria.pl': 'yes' } });
    expect(await isPortalDismissed('alablaboratoria.pl', 'alab-2023', storage)).toBe(false);
    await dismissPortal('alablaboratoria.pl', 'alab-2023', storage, NOW);
    expect(await isPortalDismissed('alablaboratoria.pl', 'alab-2023', storage)).toBe(true);
  });
});
