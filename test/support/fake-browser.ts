import backgroundText from '../../src/locales/en/background.json';
import extensionText from '../../src/locales/en/extension.json';
import type { LocaleMessages } from '../../src/locales/merge.ts';
import type {
  AlarmLike,
  ExtensionApi,
  ManifestLike,
  MessageListener,
  MessageSenderLike,
  StorageChange,
} from '../../src/platform/extension-api-types.ts';
import { matchesPattern } from '../../src/platform/messaging/match-pattern.ts';
import { FakeEvent } from './fake-event.ts';
import { FakeStorageArea } from './fake-storage-area.ts';

export const FAKE_EXTENSION_ID = 'fakeextensionid';
export const FAKE_EXTENSION_ORIGIN = `chrome-extension://${FAKE_EXTENSION_ID}/`;
/** A sender as the popup looks to the background. */
export const POPUP_SENDER: MessageSenderLike = {
  id: FAKE_EXTENSION_ID,
  url: `${FAKE_EXTENSION_ORIGIN}src/ui/popup/index.html`,
};

const MESSAGES: LocaleMessages = { ...extensionText, ...backgroundText };

/** chrome.i18n.getMessage semantics: named placeholders map to $1..$9, unknown keys give "". */
function getMessage(name: string, substitutions?: string | string[]): string {
  const entry = MESSAGES[name];
  if (entry === undefined) return '';
  const subs = substitutions === undefined ? [] : [substitutions].flat();
  const withNames = entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, key: string) => {
    return entry.placeholders?.[key.toLowerCase()]?.content ?? '';
  });
  return withNames.replace(/\$(\d)/g, (_, digit: string) => subs[Number(digit) - 1] ?? '');
}

export interface FakeBrowserOptions {
  manifest?: ManifestLike;
  /** Origins already granted (match patterns). */
  grantedOrigins?: string[];
  /** What permissions.request answers (a user clicking Allow or Deny). */
  grantOnRequest?: boolean;
  /** Data-collection categories already consented to (Firefox 140+; see manifest option). */
  grantedDataCollection?: string[];
  /** What a data-collection request answers; defaults to grantOnRequest. */
  grantDataCollectionOnRequest?: boolean;
  /** Whether action.openPopup works (Chrome ≥127) or is refused (no gesture, Firefox). */
  popupOpens?: boolean;
}

/** A small, honest implementation of the ExtensionApi slice, for tests and the in-memory background. */
export function createFakeBrowser(options: FakeBrowserOptions = {}) {
  const storageChanged = new FakeEvent<(changes: Record<string, StorageChange>, areaName: string) => void>();
  const local = new FakeStorageArea(storageChanged);
  const onMessage = new FakeEvent<MessageListener>();
  const onAlarm = new FakeEvent<(alarm: AlarmLike) => void>();
  const alarms = new Map<string, AlarmLike>();
  const granted = new Set(options.grantedOrigins ?? []);
  const grantedDataCollection = new Set(options.grantedDataCollection ?? []);
  const dataCollectionRequests: string[][] = [];
  const notifications: { id: string; title: string; message: string }[] = [];
  const badge = { text: '', color: '' };
  const openedTabs: string[] = [];
  const state = { popupOpened: 0, optionsOpened: 0 };

  const api: ExtensionApi = {
    runtime: {
      id: FAKE_EXTENSION_ID,
      getURL: (path) => FAKE_EXTENSION_ORIGIN + path.replace(/^\//, ''),
      getManifest: () => options.manifest ?? { content_scripts: [] },
      sendMessage: (message) => sendFrom(POPUP_SENDER, message),
      openOptionsPage: async () => void state.optionsOpened++,
      onMessage,
      onInstalled: new FakeEvent<() => void>(),
      onStartup: new FakeEvent<() => void>(),
    },
    storage: { local, onChanged: storageChanged },
    alarms: {
      create: (name, info) => {
        alarms.set(name, {
          name,
          scheduledTime: info.when ?? Date.now(),
          periodInMinutes: info.periodInMinutes,
        });
      },
      clear: async (name) => alarms.delete(name),
      get: async (name) => alarms.get(name),
      onAlarm,
    },
    notifications: {
      create: async (id, opts) => {
        notifications.push({ id, title: opts.title, message: opts.message });
        return id;
      },
      clear: async () => true,
      onClicked: new FakeEvent<(id: string) => void>(),
    },
    action: {
      setBadgeText: async ({ text }) => void (badge.text = text),
      setBadgeBackgroundColor: async ({ color }) => void (badge.color = color),
      openPopup: async () => {
        if (options.popupOpens === false) throw new Error('openPopup needs a user gesture');
        state.popupOpened++;
      },
    },
    permissions: {
      contains: async ({ origins = [], data_collection = [] }) =>
        origins.every((origin) =>
          [...granted].some((g) => g === origin || matchesPattern(g, origin.replace('/*', '/'))),
        ) && data_collection.every((category) => grantedDataCollection.has(category)),
      request: async ({ origins = [], data_collection = [] }) => {
        if (data_collection.length > 0) dataCollectionRequests.push(data_collection);
        const allows = options.grantOnRequest === true;
        const allowsData = options.grantDataCollectionOnRequest ?? allows;
        if ((origins.length > 0 && !allows) || (data_collection.length > 0 && !allowsData)) return false;
        for (const origin of origins) granted.add(origin);
        for (const category of data_collection) grantedDataCollection.add(category);
        return true;
      },
    },
    tabs: { create: async ({ url }) => void openedTabs.push(url) },
    i18n: { getMessage },
  };

  /** Deliver a message as if `sender` sent it; resolves with the first listener's answer. */
  async function sendFrom(sender: MessageSenderLike, message: unknown): Promise<unknown> {
    const answers = onMessage.emit(JSON.parse(JSON.stringify(message ?? null)) as unknown, sender);
    const answer = answers.find((a) => a !== undefined);
    if (answer === undefined)
      throw new Error('Could not establish connection. Receiving end does not exist.');
    return JSON.parse(JSON.stringify(await answer)) as unknown;
  }

  /** Fire an alarm as the browser would, removing one-shot alarms first. */
  function fireAlarm(name: string): void {
    const alarm = alarms.get(name);
    if (alarm === undefined) throw new Error(`No alarm named ${name}`);
    if (alarm.periodInMinutes === undefined) alarms.delete(name);
    onAlarm.emit(alarm);
  }

  return {
    api,
    local,
    alarms,
    granted,
    grantedDataCollection,
    dataCollectionRequests,
    notifications,
    badge,
    openedTabs,
    state,
    sendFrom,
    fireAlarm,
    events: { onMessage, onAlarm, storageChanged },
  };
}

export type FakeBrowser = ReturnType<typeof createFakeBrowser>;
