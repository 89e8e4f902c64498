import { oprfRangeKey } from '../core/oprf/index.ts';
import { pwnedPasswordsSource } from '../core/range/index.ts';
import { createBadge } from '../platform/badge.ts';
import { createExposureDb } from '../platform/db/exposure-db.ts';
import { openExposureDb } from '../platform/db/open-database.ts';
import type { ExtensionApi } from '../platform/extension-api-types.ts';
import { createHostPermissions } from '../platform/host-permissions.ts';
import { createIncidentChoiceStore } from '../platform/incident-choice-store.ts';
import { createLaunchIntentStore } from '../platform/launch-intent-store.ts';
import { createMonitorAlarm } from '../platform/monitor-alarm.ts';
import { createMonitorStateStore } from '../platform/monitor-state-store.ts';
import { createNotifier } from '../platform/notifier.ts';
import { createPortalDismissalStore } from '../platform/portal-dismissals.ts';
import { createDataCollectionConsent } from '../platform/data-collection.ts';
import {
  createPrivateSettingsArea,
  HIBP_CATALOGUE_RECORD,
  INCIDENT_CHOICES_RECORD,
  PRIVATE_SETTINGS_DB_NAME,
} from '../platform/settings/private-settings-area.ts';
import { privateStorageArea } from '../platform/settings/private-storage-area.ts';
import { createSettingsStore } from '../platform/settings/settings-store.ts';
import type { BackgroundDeps, BackgroundLog } from './background-deps.ts';
import { createSerialQueue } from './monitoring/serial-queue.ts';
import { createRangeAdapter } from './range-adapter.ts';
import { hibpCatalogueStore } from './hibp/catalogue-store.ts';
import { createHibpEmailSearch } from './hibp/email-search.ts';
import { fetchSourceJson } from './sources/fetch-source-json.ts';

const OPTIONS_PATH = 'src/ui/options/index.html';
export const OPTIONS_CHECK_VIEW_PATH = `${OPTIONS_PATH}#check`;

/** Console logging, for details that are already free of identifiers (see message-router.ts). */
export const consoleLog: BackgroundLog = {
  warn: (message, details) => console.warn(message, details),
  error: (message, details) => console.error(message, details),
};

// A plain function: a bare reference to fetch throws "Illegal invocation" when called as a method.
const fetchImpl: typeof fetch = (input, init) => globalThis.fetch(input, init);

/** Wires the real implementations from one ExtensionApi; `overrides` replaces any of them. */
export function createBackgroundDeps(
  api: ExtensionApi,
  overrides: Partial<BackgroundDeps> = {},
): BackgroundDeps {
  return {
    settings: createSettingsStore(api.storage.local, createPrivateSettingsArea()),
    db: createExposureDb(() => openExposureDb()),
    rangeClient: createRangeAdapter(),
    builtInSources: [pwnedPasswordsSource()],
    monitorState: createMonitorStateStore(api.storage.local),
    launchIntents: createLaunchIntentStore(api.storage.local),
    portalDismissals: createPortalDismissalStore(api.storage.local),
    // Health-adjacent answers ("I was a patient there"): in the extension-only database, like the secrets.
    incidentChoices: createIncidentChoiceStore(
      privateStorageArea(createPrivateSettingsArea(PRIVATE_SETTINGS_DB_NAME, INCIDENT_CHOICES_RECORD)),
    ),
    hostPermissions: createHostPermissions(api.permissions),
    fetchSourceJson: (url) => fetchSourceJson(url, fetchImpl),
    oprfKey: (parsed, source) => oprfRangeKey(parsed, source, { fetch: fetchImpl }),
    hibpSearch: createHibpEmailSearch({
      fetch: fetchImpl,
      store: hibpCatalogueStore(createPrivateSettingsArea(PRIVATE_SETTINGS_DB_NAME, HIBP_CATALOGUE_RECORD)),
      now: () => new Date(),
    }),
    dataCollection: createDataCollectionConsent(api),
    alarm: createMonitorAlarm(api.alarms),
    monitorLock: createSerialQueue(),
    notifier: createNotifier(api),
    badge: createBadge(api.action),
    launcher: {
      openPopup: async () => {
        try {
          if (api.action.openPopup === undefined) return false;
          await api.action.openPopup();
          return true;
        } catch {
          return false;
        }
      },
      openOptionsCheckView: async () =>
        void (await api.tabs.create({ url: api.runtime.getURL(OPTIONS_CHECK_VIEW_PATH) })),
      openOptionsAddSource: async (sourceUrl) =>
        void (await api.tabs.create({
          url: api.runtime.getURL(`${OPTIONS_PATH}#add-source=${encodeURIComponent(sourceUrl)}`),
        })),
    },
    t: (key, substitutions) => api.i18n.getMessage(key, substitutions) || key,
    now: () => new Date(),
    newId: () => crypto.randomUUID(),
    log: consoleLog,
    ...overrides,
  };
}
