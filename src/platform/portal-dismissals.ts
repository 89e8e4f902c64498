import { asPortalDismissals } from '../contracts/portal-dismissals-guard.ts';
import { PORTAL_DISMISSALS_STORAGE_KEY } from '../contracts/portal-dismissals-key.ts';
import type { PortalDismissals } from '../contracts/portal-dismissals.ts';
import { ownValue, withOwnValue } from '../core/own-record.ts';
import { loadExtensionApi, type StorageAreaLike } from './extension-api.ts';

type Area = Pick<StorageAreaLike, 'get' | 'set'>;

async function area(storage: Area | undefined): Promise<Area> {
  return storage ?? (await loadExtensionApi()).storage.local;
}

async function readAll(storage: Area): Promise<PortalDismissals> {
  // Checked by hand, not with zod: this runs in the content script (see contracts/portal-dismissals-guard.ts).
  const parsed = asPortalDismissals(
    (await storage.get(PORTAL_DISMISSALS_STORAGE_KEY))[PORTAL_DISMISSALS_STORAGE_KEY],
  );
  // A corrupt record only costs the user one more look at a warning; never fail the page over it.
  return parsed ?? {};
}

/** True when the user dismissed this site's warning and no newer incident has been added since. */
export async function isPortalDismissed(
  domain: string,
  latestIncidentId: string,
  storage?: Area,
): Promise<boolean> {
  const all = await readAll(await area(storage));
  return ownValue(all, domain)?.incidentId === latestIncidentId;
}

/** Remembers that the user dismissed this site's warning, as of its newest incident. */
export async function dismissPortal(
  domain: string,
  latestIncidentId: string,
  storage?: Area,
  now: Date = new Date(),
): Promise<void> {
  const target = await area(storage);
  const all = await readAll(target);
  const next = withOwnValue(all, domain, { incidentId: latestIncidentId, dismissedAt: now.toISOString() });
  await target.set({ [PORTAL_DISMISSALS_STORAGE_KEY]: next });
}

/** What the background needs of the dismissals: "delete everything" removes them with the rest. */
export interface PortalDismissalStore {
  clear(): Promise<void>;
}

export function createPortalDismissalStore(storage: Pick<StorageAreaLike, 'remove'>): PortalDismissalStore {
  return { clear: () => storage.remove(PORTAL_DISMISSALS_STORAGE_KEY) };
}
