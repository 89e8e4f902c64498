import type { UiMessageName } from './message-map.ts';

/**
 * Every `ui/` message by name only, without its schemas: the pages build their client from this list and
 * load the schemas (zod and every contract) after the first render (docs/performance.md, "Popup and
 * content script"). The compiler holds it to the message map both ways.
 */
export const UI_MESSAGE_NAMES = [
  'ui/check',
  'ui/data.deleteAll',
  'ui/data.export',
  'ui/data.import',
  'ui/data.previewImport',
  'ui/findings.acknowledge',
  'ui/guidance.get',
  'ui/guidance.setStep',
  'ui/history.list',
  'ui/incidents.choices',
  'ui/incidents.choose',
  'ui/launch.take',
  'ui/monitoring.status',
  'ui/settings.get',
  'ui/settings.update',
  'ui/sources.add',
  'ui/sources.confirmChange',
  'ui/sources.list',
  'ui/sources.preview',
  'ui/sources.remove',
  'ui/sources.setEnabled',
  'ui/watchlist.add',
  'ui/watchlist.list',
  'ui/watchlist.recheck',
  'ui/watchlist.remove',
] as const satisfies readonly UiMessageName[];

type Unlisted = Exclude<UiMessageName, (typeof UI_MESSAGE_NAMES)[number]>;
/** Fails to compile, naming the message, when a `ui/` message is missing above. */
export const EVERY_UI_MESSAGE_LISTED: [Unlisted] extends [never] ? true : Unlisted = true;
