import type { LaunchIntent } from '../../contracts/index.ts';
import type { Handler } from '../../platform/messaging/message-router.ts';
import type { BackgroundDeps } from '../background-deps.ts';

/**
 * The portal banner asked to check an ID. The intent is stored first (the page that opens takes it with
 * `ui/launch.take`), then the popup is opened, or the options page where the browser refuses that.
 */
export const portalOpenCheck: Handler<'content/portal.openCheck', BackgroundDeps> = async (
  { kind },
  deps,
) => {
  const intent: LaunchIntent = kind === undefined ? { view: 'check' } : { view: 'check', kind };
  await deps.launchIntents.put(intent, deps.now());
  if (await deps.launcher.openPopup()) return { opened: 'popup' as const };
  await deps.launcher.openOptionsCheckView();
  return { opened: 'options' as const };
};
