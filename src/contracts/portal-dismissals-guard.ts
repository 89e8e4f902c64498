import type { PortalDismissals } from './portal-dismissals.ts';

// The same rules as portalDismissalsSchema, written out by hand: the content script reads this record
// on every portal page and must not load zod for it (docs/performance.md). The unit tests run both on
// the same records and expect the same verdict.
const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

function isEntry(value: unknown): value is PortalDismissals[string] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { incidentId, dismissedAt } = value as Record<string, unknown>;
  return (
    typeof incidentId === 'string' &&
    incidentId.length <= 100 &&
    typeof dismissedAt === 'string' &&
    DATE_TIME.test(dismissedAt) &&
    !Number.isNaN(Date.parse(dismissedAt))
  );
}

/** The stored dismissals when the whole record is well formed, otherwise undefined (like a failed parse). */
export function asPortalDismissals(value: unknown): PortalDismissals | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const result: PortalDismissals = {};
  for (const [domain, entry] of Object.entries(value)) {
    if (domain.length > 253 || !DOMAIN.test(domain) || !isEntry(entry)) return undefined;
    result[domain] = { incidentId: entry.incidentId, dismissedAt: entry.dismissedAt };
  }
  return result;
}
