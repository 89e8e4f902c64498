import type { IdentifierKind } from '../core/identifiers/types.ts';
import type { Portal, PortalCatalogue, PortalIncident } from './portal-catalogue.ts';

/** An incident as the warning shows it: the incident plus how it relates to the portal. */
export interface PortalIncidentLink {
  incident: PortalIncident;
  role: 'operator' | 'client';
}

export interface PortalWarning {
  portal: Portal;
  /** Incidents that may be shown, newest disclosure first. */
  incidents: PortalIncidentLink[];
  /** Kinds to offer a check for, national IDs first, without duplicates. */
  leakedKinds: IdentifierKind[];
}

/** Lower-cases and drops a trailing dot, so `ALAB.pl.` and `alab.pl` are the same host. */
export function normaliseHost(hostname: string): string {
  return hostname.trim().toLowerCase().replace(/\.$/, '');
}

/** True for the domain itself and its subdomains; `evilalab.pl` is not under `alab.pl`. */
export function hostMatchesDomain(hostname: string, domain: string): boolean {
  const host = normaliseHost(hostname);
  return host === domain || host.endsWith(`.${domain}`);
}

/**
 * The catalogued portal a host belongs to, whatever its verification status. The most specific
 * domain wins: `kch.nhs.uk` is its own portal even though `nhs.uk` is catalogued too.
 */
export function portalForHost(hostname: string, catalogue: PortalCatalogue): Portal | undefined {
  let best: Portal | undefined;
  for (const portal of catalogue.portals) {
    if (hostMatchesDomain(hostname, portal.domain) && portal.domain.length > (best?.domain.length ?? 0)) {
      best = portal;
    }
  }
  return best;
}

const CONTACT_KINDS: readonly IdentifierKind[] = ['email', 'phone', 'password'];

/** National IDs before email, phone and password: they are what a health breach exposes for good. */
function kindRank(kind: IdentifierKind): number {
  return CONTACT_KINDS.includes(kind) ? 1 : 0;
}

function orderedKinds(links: readonly PortalIncidentLink[]): IdentifierKind[] {
  const kinds = [...new Set(links.flatMap((link) => link.incident.identifierKinds))];
  return kinds.toSorted((a, b) => kindRank(a) - kindRank(b));
}

/**
 * The warning for a portal, or undefined when it must stay silent: an unverified domain might belong
 * to someone else, and an unverified incident is not something to tell users as fact.
 */
export function warningForPortal(portal: Portal, catalogue: PortalCatalogue): PortalWarning | undefined {
  if (portal.domainStatus === 'unverified') return undefined;
  const links = catalogue.incidents
    .flatMap((incident) =>
      incident.portals.filter((p) => p.domain === portal.domain).map((p) => ({ incident, role: p.role })),
    )
    .filter((link) => link.incident.verification !== 'unverified')
    .toSorted((a, b) => b.incident.disclosed.localeCompare(a.incident.disclosed));
  if (links.length === 0) return undefined;
  return { portal, incidents: links, leakedKinds: orderedKinds(links) };
}

export function portalWarningForHost(
  hostname: string,
  catalogue: PortalCatalogue,
): PortalWarning | undefined {
  const portal = portalForHost(hostname, catalogue);
  return portal === undefined ? undefined : warningForPortal(portal, catalogue);
}

/** Domains that can show a warning; the manifest's content-script matches are derived from these. */
export function warnedDomains(catalogue: PortalCatalogue): string[] {
  return catalogue.portals
    .filter((portal) => warningForPortal(portal, catalogue) !== undefined)
    .map((portal) => portal.domain);
}

/** The `content_scripts[].matches` entries for the warned domains: the domain and its subdomains, https only. */
export function contentScriptMatches(catalogue: PortalCatalogue): string[] {
  return warnedDomains(catalogue).flatMap((domain) => [`https://${domain}/*`, `https://*.${domain}/*`]);
}
