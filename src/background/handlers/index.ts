import type { HandlerTable } from '../../platform/messaging/message-router.ts';
import type { BackgroundDeps } from '../background-deps.ts';
import { check } from './check.ts';
import { dataDeleteAll } from './data-delete-all.ts';
import { dataExport } from './data-export.ts';
import { dataImport } from './data-import.ts';
import { dataPreviewImport } from './data-preview-import.ts';
import { findingsAcknowledge } from './findings-acknowledge.ts';
import { guidanceGet } from './guidance-get.ts';
import { guidanceSetStep } from './guidance-set-step.ts';
import { historyList } from './history-list.ts';
import { incidentChoicesGet, incidentChoicesSet } from './incident-choices.ts';
import { launchTake } from './launch-take.ts';
import { monitoringStatus } from './monitoring-status.ts';
import { portalOpenCheck } from './portal-open-check.ts';
import { settingsGet } from './settings-get.ts';
import { settingsUpdate } from './settings-update.ts';
import { sourcesAdd } from './sources-add.ts';
import { sourcesConfirmChange } from './sources-confirm-change.ts';
import { sourcesList } from './sources-list.ts';
import { sourcesPreview } from './sources-preview.ts';
import { sourcesRemove } from './sources-remove.ts';
import { sourcesSetEnabled } from './sources-set-enabled.ts';
import { watchlistAdd } from './watchlist-add.ts';
import { watchlistList } from './watchlist-list.ts';
import { watchlistRecheck } from './watchlist-recheck.ts';
import { watchlistRemove } from './watchlist-remove.ts';

/** One handler per message name; leaving one out is a compile error (HandlerTable is exhaustive). */
export const HANDLERS: HandlerTable<BackgroundDeps> = {
  'ui/check': check,
  'ui/watchlist.add': watchlistAdd,
  'ui/watchlist.list': watchlistList,
  'ui/watchlist.remove': watchlistRemove,
  'ui/watchlist.recheck': watchlistRecheck,
  'ui/findings.acknowledge': findingsAcknowledge,
  'ui/settings.get': settingsGet,
  'ui/settings.update': settingsUpdate,
  'ui/sources.list': sourcesList,
  'ui/sources.preview': sourcesPreview,
  'ui/sources.add': sourcesAdd,
  'ui/sources.remove': sourcesRemove,
  'ui/sources.setEnabled': sourcesSetEnabled,
  'ui/sources.confirmChange': sourcesConfirmChange,
  'ui/data.export': dataExport,
  'ui/data.previewImport': dataPreviewImport,
  'ui/data.import': dataImport,
  'ui/data.deleteAll': dataDeleteAll,
  'ui/history.list': historyList,
  'ui/guidance.get': guidanceGet,
  'ui/guidance.setStep': guidanceSetStep,
  'ui/monitoring.status': monitoringStatus,
  'ui/launch.take': launchTake,
  'ui/incidents.choices': incidentChoicesGet,
  'ui/incidents.choose': incidentChoicesSet,
  'content/portal.openCheck': portalOpenCheck,
};
