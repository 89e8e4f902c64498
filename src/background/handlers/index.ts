import type { HandlerTable } from '../../platform/messaging/message-router.ts';
import type { BackgroundDeps } from '../background-deps.ts';
import { notImplemented } from './not-implemented.ts';
import { settingsGet } from './settings-get.ts';
import { settingsUpdate } from './settings-update.ts';

/** One handler per message name; leaving one out is a compile error (HandlerTable is exhaustive). */
export const HANDLERS: HandlerTable<BackgroundDeps> = {
  'ui/check': notImplemented,
  'ui/watchlist.add': notImplemented,
  'ui/watchlist.list': notImplemented,
  'ui/watchlist.remove': notImplemented,
  'ui/watchlist.recheck': notImplemented,
  'ui/findings.acknowledge': notImplemented,
  'ui/settings.get': settingsGet,
  'ui/settings.update': settingsUpdate,
  'ui/sources.list': notImplemented,
  'ui/sources.preview': notImplemented,
  'ui/sources.add': notImplemented,
  'ui/sources.remove': notImplemented,
  'ui/sources.setEnabled': notImplemented,
  'ui/data.export': notImplemented,
  'ui/data.import': notImplemented,
  'ui/data.deleteAll': notImplemented,
  'ui/history.list': notImplemented,
  'ui/guidance.get': notImplemented,
  'ui/guidance.setStep': notImplemented,
  'ui/monitoring.status': notImplemented,
  'ui/launch.take': notImplemented,
  'content/portal.openCheck': notImplemented,
};
