import type { Handler } from '../../platform/messaging/message-router.ts';
import type { BackgroundDeps } from '../background-deps.ts';

/** Applies a validated partial patch. Monitoring reacts to the change through storage.onChanged. */
export const settingsUpdate: Handler<'ui/settings.update', BackgroundDeps> = async ({ patch }, deps) => {
  const defined = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
  return { settings: await deps.settings.update((current) => ({ ...current, ...defined })) };
};
