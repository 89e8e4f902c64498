// Content script for catalogued health portals (see manifest content_scripts). Thin on purpose: it
// reads only the page's hostname, never its content, and hands all work to the modules below.
import { UNPARSED_PORTAL_CATALOGUE } from '../contracts/portal-catalogue-unparsed.ts';
import { extensionApi as api } from '../platform/browser.ts';
import { dismissPortal, isPortalDismissed } from '../platform/portal-dismissals.ts';
import { requestPortalCheck } from '../platform/portal-open-check.ts';
import { portalWarningsEnabled } from '../platform/portal-warnings-setting.ts';
import { showPortalWarning } from './show-portal-warning.ts';

// The API is imported statically: a content script is one classic script, with no chunks to load later.
async function main(): Promise<void> {
  await showPortalWarning({
    hostname: location.hostname,
    document,
    catalogue: UNPARSED_PORTAL_CATALOGUE,
    t: (key, substitutions) => api.i18n.getMessage(key, substitutions),
    warningsEnabled: () => portalWarningsEnabled(api.storage.local),
    isDismissed: (domain, incidentId) => isPortalDismissed(domain, incidentId, api.storage.local),
    dismiss: (domain, incidentId) => dismissPortal(domain, incidentId, api.storage.local),
    openCheck: (kind, incidentId, privateCheck) =>
      requestPortalCheck(kind, (message) => api.runtime.sendMessage(message), incidentId, privateCheck),
  });
}

main().catch((error: unknown) => {
  // A failing warning must never disturb the page; leave a trace for developers only.
  console.warn('Exposure Check: portal warning failed', error);
});
