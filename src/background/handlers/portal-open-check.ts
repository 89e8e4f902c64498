import type { LaunchIntent } from '../../contracts/index.ts';
import { incidentById } from '../../contracts/incidents/known-incidents.ts';
import { PORTAL_CATALOGUE } from '../../contracts/portal-catalogue-data.ts';
import type { Handler } from '../../platform/messaging/message-router.ts';
import type { BackgroundDeps } from '../background-deps.ts';

/**
 * The portal banner asked to check an ID. The intent is stored first (the page that opens takes it with
 * `ui/launch.take`), then the popup is opened, or the options page where the browser refuses that.
 * For "Check privately against this breach's list" the settings page opens on the add-source preview of
 * the private check the bundled catalogue names: the URL never comes from the page.
 */
export const portalOpenCheck: Handler<'content/portal.openCheck', BackgroundDeps> = async (
  { kind, incidentId, privateCheck },
  deps,
) => {
  const listed = incidentId === undefined ? undefined : incidentById(incidentId, PORTAL_CATALOGUE);
  if (privateCheck === true && listed?.privateCheck !== undefined) {
    await deps.launcher.openOptionsAddSource(listed.privateCheck.sourceUrl);
    return { opened: 'add-source' as const };
  }
  const intent: LaunchIntent = { view: 'check' };
  if (kind !== undefined) intent.kind = kind;
  if (listed !== undefined) intent.incidentId = listed.id;
  await deps.launchIntents.put(intent, deps.now());
  if (await deps.launcher.openPopup()) return { opened: 'popup' as const };
  await deps.launcher.openOptionsCheckView();
  return { opened: 'options' as const };
};
