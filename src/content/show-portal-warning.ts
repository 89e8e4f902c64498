import type { IdentifierKind } from '../core/identifiers/types.ts';
import type { PortalCatalogue } from '../contracts/portal-catalogue.ts';
import { portalWarningForHost } from '../contracts/portal-lookup.ts';
import { mountBanner, type MountedBanner } from './banner-element.ts';
import { bannerText } from './banner-text.ts';
import type { Translate } from './translate.ts';

/** Everything the warning needs from the outside world, passed in so tests run on plain fakes. */
export interface PortalWarningDeps {
  hostname: string;
  document: Document;
  catalogue: PortalCatalogue;
  t: Translate;
  warningsEnabled(): Promise<boolean>;
  isDismissed(domain: string, latestIncidentId: string): Promise<boolean>;
  dismiss(domain: string, latestIncidentId: string): Promise<void>;
  /** Opens the check view on the answer about `incidentId` (the newest incident the banner names). */
  openCheck(kind: IdentifierKind | undefined, incidentId: string, privateCheck?: boolean): Promise<unknown>;
}

/**
 * Shows the warning for this host if it is a catalogued portal with a known incident, warnings are on,
 * and the user has not dismissed it. Resolves to the mounted banner, or undefined when nothing shows.
 */
export async function showPortalWarning(deps: PortalWarningDeps): Promise<MountedBanner | undefined> {
  // Host lookup first: it is synchronous and touches no storage.
  const warning = portalWarningForHost(deps.hostname, deps.catalogue);
  const latest = warning?.incidents[0];
  if (warning === undefined || latest === undefined) return undefined;
  if (!(await deps.warningsEnabled())) return undefined;
  const domain = warning.portal.domain;
  if (await deps.isDismissed(domain, latest.incident.id)) return undefined;
  const text = bannerText(warning, deps.t);
  const banner = mountBanner(deps.document, text, {
    onCheck: () => void deps.openCheck(text.checkKind, latest.incident.id),
    onPrivateCheck: () => void deps.openCheck(text.checkKind, latest.incident.id, true),
    onDismiss: () => {
      banner.remove();
      void deps.dismiss(domain, latest.incident.id);
    },
  });
  return banner;
}
