// The slice of the WebExtension API this project uses, as plain interfaces. Everything in platform takes
// an `ExtensionApi` argument, so tests pass the fake from test/support instead of mocking globals.

export interface ExtensionEvent<Listener> {
  addListener(listener: Listener): void;
  removeListener(listener: Listener): void;
}

export interface StorageAreaLike {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  clear(): Promise<void>;
}

export interface StorageChange {
  oldValue?: unknown;
  newValue?: unknown;
}

export interface MessageSenderLike {
  id?: string | undefined;
  url?: string | undefined;
  origin?: string | undefined;
  tab?: { id?: number | undefined; url?: string | undefined } | undefined;
  frameId?: number | undefined;
}

export type MessageListener = (message: unknown, sender: MessageSenderLike) => Promise<unknown> | undefined;

export interface AlarmLike {
  name: string;
  scheduledTime: number;
  periodInMinutes?: number | undefined;
}

export interface ManifestLike {
  content_scripts?: { matches?: string[] | undefined }[] | undefined;
  /** Firefox only: the data-collection consent categories (Firefox 140+). */
  browser_specific_settings?:
    | {
        gecko?: { data_collection_permissions?: { optional?: string[] | undefined } | undefined } | undefined;
      }
    | undefined;
}

/** What permissions.contains/request take: host origins, and on Firefox 140+ data-collection categories. */
export interface PermissionsLike {
  origins?: string[];
  data_collection?: string[];
}

export interface ExtensionApi {
  runtime: {
    id: string;
    getURL(path: string): string;
    getManifest(): ManifestLike;
    sendMessage(message: unknown): Promise<unknown>;
    openOptionsPage(): Promise<void>;
    onMessage: ExtensionEvent<MessageListener>;
    onInstalled: ExtensionEvent<() => void>;
    onStartup: ExtensionEvent<() => void>;
  };
  storage: {
    local: StorageAreaLike;
    onChanged: ExtensionEvent<(changes: Record<string, StorageChange>, areaName: string) => void>;
  };
  alarms: {
    create(name: string, info: { when?: number; periodInMinutes?: number }): void | Promise<void>;
    clear(name: string): Promise<boolean>;
    get(name: string): Promise<AlarmLike | undefined>;
    onAlarm: ExtensionEvent<(alarm: AlarmLike) => void>;
  };
  notifications: {
    create(
      id: string,
      options: { type: 'basic'; iconUrl: string; title: string; message: string },
    ): Promise<string>;
    clear(id: string): Promise<boolean>;
    onClicked: ExtensionEvent<(id: string) => void>;
  };
  action: {
    setBadgeText(details: { text: string }): Promise<void>;
    setBadgeBackgroundColor(details: { color: string }): Promise<void>;
    /** Missing or refusing in some browsers/contexts; callers fall back to a page. */
    openPopup?: (() => Promise<void>) | undefined;
  };
  permissions: {
    contains(permissions: PermissionsLike): Promise<boolean>;
    request(permissions: PermissionsLike): Promise<boolean>;
  };
  tabs: {
    /** tabs.create needs no "tabs" permission; we use nothing else from tabs. */
    create(properties: { url: string }): Promise<unknown>;
  };
  i18n: {
    getMessage(name: string, substitutions?: string | string[]): string;
  };
}
